"""A blind held-out set (two layouts per role, `HR1` and `HR2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: printing, packaging and plastics processing, in the documents of small and mid-size firms and their consultants.
Kazakhstan: flexographic printing houses and flexible-packaging plants in Almaty, Shymkent and Astana working in rented
buildings, a PET preform and bottle plant in Karaganda, a polyethylene and polypropylene pipe plant in Aktobe, a line
recycling PET bottles into flakes and granulate in the Ili district (a ПЭК programme's general section, a laboratory's
application form, НДВ calculations by the recipe of inks, thinners, varnishes and adhesives and by machine groups, waste
calculations by the norms of technological losses, a report on wastes written cumulatively, protocols at afterburners
and thermal oxidisers, a plan-graph of control at sources, an integrated control plan, a route card of rounds, a
control matrix, a 5W2H action plan and a plan of measures). Vietnam: gravure and flexible-packaging plants renting
ready-built factories in the Tân Đông Hiệp B, Đức Hòa and Quế Võ parks, plastics recyclers of the Minh Khai craft
village and the Như Quỳnh cluster (Hưng Yên) and of the Xuyên Á park (Long An), a PET preform plant (báo cáo đề xuất
cấp GPMT, a Sở's phiếu điều tra of recyclers, loads by the recipe and by stage, CTNH by machine, a báo cáo công tác bảo
vệ môi trường with figures `lũy kế`, QCVN 20:2009/BTNMT before and after an adsorber, ambient air against QCVN 05:2023
and QCVN 06:2009, a GPMT's programme, a control plan, a lộ trình kiểm tra, a matrix of self-inspection, 5W1H and a kế
hoạch of works).

Facility: the general section of a printing house's ПЭК programme in a rented building, three section rows — the
operator (the tenant) with its BIN, legal address and the KATO of that address, the owner of the building (the
landlord) with a BIN of its own and the lease, then the works with the KATO of the place of activity, decimal
coordinates, the OKED and the category — the landlord's BIN and the legal address's KATO are no facts of the facility,
the presses in a table of no role after it (VI: a packaging plant in a rented factory of an industrial park, the
tenant's and the landlord's enterprise numbers in one card) (HR1); a plastics works' application to an accredited
laboratory typed as a label–value table without a header row, where the OKED and the category are options of the
form and only the ticked box says which holds (`☐ 20160 …`, `☒ 22220 …`, `☐ I ☒ II ☐ III ☐ IV`), ticked kinds of
measurement and a permit's number beside them, the operating regime in a table of no role (VI: a province's survey
form of plastics recyclers, the group, the activity and imported scrap with its HS codes as ticked boxes) (HR2).

Emissions: a flexographic plant's emissions worked out from the recipe of its materials — the materials as rows with
their consumption and the percentage of each volatile component, the components as columns under a row of codes, a
row of names and a row of classes — whose closing rows alone carry emissions: after the volatile content and the parts
captured and destroyed come the tonnes through the afterburner's stack ИЗА 0001 and, on a row labelled only `то же,
г/с`, its grams a second, then the fugitive part through the roof (ИЗА 6001) the same way (VI: a gravure plant's
solvent loads by recipe in kilograms a year and g/s at the adsorber's stack and in the shop) (HR1); a plastics works'
НДВ table that starts from the machine groups, a cell saying where each group's exhaust goes with the source's number
written inside it (`местные отсосы → крышный вентилятор ИЗА 0002`), the substance by name, g/s and t/year, the code and
class only in the last two columns, a machine group whose row says it emits nothing, polymer dusts with an ОБУВ and no
class (VI: a recycler's loads by stage from factors per tonne of granulate, kg a day and g/s, no tonnes a year) (HR2).

Wastes: a flexible-packaging plant's wastes by the norms of technological losses, each waste a group row with its code
and name over a row per production line (material processed, norm in per cent, the line's part) and an `Итого по виду
отхода` row with the amount and the receiver — only the closing rows and the wastes written on one row are items (VI:
a gravure plant's CTNH by machine under a group row with the code in brackets, `Cộng` rows in kilograms, ordinary
wastes in a second table) (HR1); a plastics processor's report on wastes written cumulatively from the start of the
year, `за I квартал | за I полугодие | за 9 месяцев | за 2025 год`, so that the year's column alone is the amount and the
columns must not be added up, lamps in kilograms (VI: `Quý I | Lũy kế 6 tháng | Lũy kế 9 tháng | Cả năm 2025`) (HR2).

Limits: a laboratory's protocol at a printing house's two afterburners, a row spanning the table per source with its gas
flow, the concentration and mass rate at the inlet and at the outlet under merged headers, the КЭР's norm in mg/Nm3 and
g/s and the efficiency — the norm binds the outlet only, carbon monoxide formed in the burner (VI: an adsorber before and
after treatment at KT1 against QCVN 20:2009/BTNMT, the gas flow without a limit) (HR1); a report on ПЭК where the
thermal oxidiser's stack is normed for the sum of volatile organic compounds counted as carbon only, its solvents on `в
том числе` rows with no norm of their own, while the ink kitchen's untreated exhaust has norms for single solvents and a
sum without one (VI: ambient air around a recycling cluster, each point sampled in the morning and the afternoon under
merged point cells, the one-hour values as the first row, a `Tổng VOC` column with no limit) (HR2).

Monitoring: a flexible-packaging plant's plan-graph of control at sources grouped by the kind of material they give
off, the group row naming the substances controlled at every source under it, the source rows giving only number,
name, frequency, method and who measures (VI: `Nhóm thông số` rows over the stacks KT1…KT5) (HR1); a PET preform
plant's control plan of an integrated management system, section rows for the product, the emissions, the waste water
and the protection zone's boundary, the frequency after the sample size in one cell (`1 замер (3 пробы) /
ежеквартально`), the product's own characteristics — acetaldehyde in the preform's wall every shift, the dew point
continuously — being no environmental monitoring (VI: the same control plan, `Cỡ mẫu / tần suất`) (HR2).

Inspections: a recycler's route card of rounds, the stops numbered in the order walked, who walks it and how often said
only in the sentence before the table (the shift foreman, daily, every stop), stars after some stops adding a weekly
check by the ecologist or a monthly one by the chief engineer, explained under the table — a starred stop is two
checks (VI: `Lộ trình kiểm tra`, `(*)` and `(**)`) (HR1); a printing house's control matrix, the objects as rows and four
columns whose headers each join a frequency and the person who checks (`Еженедельно – начальник производства`), each
cell what that person looks at, dashes where nobody checks at that level (VI: `Hằng ngày – Trưởng ca sản xuất` …) (HR2).

Tasks: a 5W2H action plan after an environmental audit, `что? | почему? | где? | кто? | когда? | как? | сколько?`, the
responsible in the fifth column and a `как?` sentence that reads like a task too (VI: 5W1H with `When` before `Who`)
(HR1); a recycler's plan of measures where each measure takes two rows, the number merged down over both, the second a
line merged across the table `Исполнитель: …; соисполнитель: …` (VI: `Đơn vị chủ trì: …; đơn vị phối hợp: …`) (HR2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _t(kg: float) -> float:
    """Kilograms as tonnes without binary noise."""
    return float(Decimal(repr(kg)) / 1000)


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


BOX, TICK = "☐", "☒"


def _boxes(options, chosen, sep: str = "   ") -> str:
    """Options of a form, the chosen one ticked: `☐ I   ☒ II   ☐ III`."""
    return sep.join(f"{TICK if o == chosen else BOX} {o}" for o in options)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _often(doc: Doc, word: str) -> str:
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# a flexographic printing house renting a building: operator, landlord, legal address, site, coordinates
KZ_PRINT = (
    {"core": "Alatau Flexo Print", "op": ("ТОО «Alatau Flexo Print»", "«Alatau Flexo Print» ЖШС"),
     "landlord": ("ТОО «Алгабас Индастриал Парк»", "«Алгабас Индастриал Парк» ЖШС"),
     "legal": ("г. Алматы, Бостандыкский район, пр. Абая, д. 150/230, офис 412",
               "Алматы қ., Бостандық ауданы, Абай даңғ., 150/230 үй, 412 кеңсе"), "legal_kato": "7549",
     "site": ("г. Алматы, Алатауский район, мкр. Алгабас, ул. Сауран, 8, производственный корпус № 3",
              "Алматы қ., Алатау ауданы, Алғабас ш/а, Сауран к., 8, № 3 өндірістік корпус"), "site_kato": "7519",
     "at": (43.2687, 76.8411)},
    {"core": "Оңтүстік Пак Принт", "op": ("ТОО «Оңтүстік Пак Принт»", "«Оңтүстік Пак Принт» ЖШС"),
     "landlord": ("ТОО «Оңтүстік Логистик»", "«Оңтүстік Логистик» ЖШС"),
     "legal": ("г. Шымкент, Аль-Фарабийский район, ул. Толе би, д. 26, офис 7",
               "Шымкент қ., Әл-Фараби ауданы, Төле би к., 26 үй, 7 кеңсе"), "legal_kato": "7913",
     "site": ("г. Шымкент, Енбекшинский район, индустриальная зона «Оңтүстік», ул. Капал батыра, 5А, склад-цех литер Б",
              "Шымкент қ., Еңбекші ауданы, «Оңтүстік» индустриялық аймағы, Қапал батыр к., 5А, Б литерлі қойма-цех"),
     "site_kato": "7917", "at": (42.3561, 69.6624)},
    {"core": "Astana Label Pack", "op": ("ТОО «Astana Label Pack»", "«Astana Label Pack» ЖШС"),
     "landlord": ("ТОО «Байконур Склад Сервис»", "«Байқоңыр Склад Сервис» ЖШС"),
     "legal": ("г. Астана, район Есиль, ул. Достык, д. 5/2, н.п. 18", "Астана қ., Есіл ауданы, Достық к., 5/2 үй, 18 т.е.ж."),
     "legal_kato": "7111",
     "site": ("г. Астана, район Байконур, ул. Циолковского, 4/1, блок Б", "Астана қ., Байқоңыр ауданы, Циолковский к., 4/1, Б блогы"),
     "site_kato": "7115", "at": (51.1912, 71.3954)},
)  # fmt: skip
HEADS = (("Ермекова Салтанат Болатовна", "Ермекова Салтанат Болатқызы"), ("Пак Денис Андреевич", "Пак Денис Андрейұлы"),
         ("Турсынов Нурлан Кайратович", "Тұрсынов Нұрлан Қайратұлы"))


def facility_hr1(doc: Doc) -> None:
    """The general section of a small flexographic printing house's ПЭК programme whose works stand in a rented building:
    `№ | наименование сведений | данные` under three section rows — the operator (the tenant) with its BIN, its legal
    address and the KATO of that address; the owner of the building (the landlord) with a BIN of its own and the lease;
    then the works with the place of activity and its own KATO, decimal coordinates, the OKED, the category — the landlord's
    BIN and the legal address's KATO are no facts of the facility; the presses in a table of no role after it (VI: a
    flexible-packaging plant in a rented ready-built factory of an industrial park, the tenant's and the landlord's
    enterprise numbers in one card)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hr1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(KZ_PRINT)
    operator, landlord = p["op"][L], p["landlord"][L]
    bin_, bin_land = make_bin(r), make_bin(r)
    kato, kato_legal = _kato(doc, p["site_kato"]), _kato(doc, p["legal_kato"])
    lat = round(p["at"][0] + r.uniform(-0.004, 0.004), 5)
    lon = round(p["at"][1] + r.uniform(-0.004, 0.004), 5)
    cat = r.choice(("II", "III"))
    head = doc.pick(HEADS)[L]
    area = num(r.randint(18, 46) * 100, doc.lang)
    mln = r.choice((12, 18, 24, 30))
    year = r.choice((2023, 2024))
    lease = g(f"договор аренды № {r.randint(3, 48)}/А-{year} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}, срок – 5 лет",
              f"{year} жылғы {r.randint(1, 28):02d}.{r.randint(1, 12):02d} № {r.randint(3, 48)}/А-{year} жалдау шарты, мерзімі – 5 жыл", "")
    cat_text = g(f"{cat} категория (раздел {2 if cat == 'II' else 3} приложения 2 к Экологическому кодексу Республики Казахстан)",
                 f"{cat} санат (Қазақстан Республикасы Экология кодексінің 2-қосымшасының {2 if cat == 'II' else 3}-бөлімі)", "")
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("1. Общие сведения об операторе и объекте", "1. Оператор мен объект туралы жалпы мәліметтер", ""))
    doc.p(g("Оператор осуществляет деятельность в арендованном производственном корпусе. Газовая котельная и трансформаторная "
            "подстанция здания принадлежат арендодателю, эксплуатируются им и объектами настоящей программы не являются.",
            "Оператор қызметті жалға алынған өндірістік корпуста жүзеге асырады. Ғимараттың газ қазандығы мен трансформаторлық "
            "қосалқы станциясы жалға берушіге тиесілі, оларды жалға беруші пайдаланады және олар осы бағдарламаның объектілері "
            "болып табылмайды.", ""))
    rows = [g(["№", "Наименование сведений", "Данные"], ["№", "Мәліметтердің атауы", "Деректер"], [])]
    merges: list = []
    _span(rows, merges, g("1. Сведения об операторе (арендаторе)", "1. Оператор (жалға алушы) туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Наименование", "Атауы", ""), operator],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), p["legal"][L]],
             ["1.4", g("Код КАТО юридического адреса", "Заңды мекенжайдың ҚАТО коды", ""), kato_legal],
             ["1.5", g("Первый руководитель", "Бірінші басшы", ""), g(f"директор {head}", f"директор {head}", "")],
             ["1.6", g("Телефон, e-mail", "Телефон, e-mail", ""),
              f"+7 (7{r.randint(10, 27)}) {r.randint(200, 599)}-{r.randint(10, 99)}-{r.randint(10, 99)}, eco@{doc.pick(('flexo', 'pack', 'print'))}.kz"]]
    _span(rows, merges, g("2. Сведения о собственнике производственного здания (арендодателе)",
                          "2. Өндірістік ғимараттың меншік иесі (жалға беруші) туралы мәліметтер", ""), 3)
    rows += [["2.1", g("Наименование", "Атауы", ""), landlord],
             ["2.2", g("БИН", "БСН", ""), bin_land],
             ["2.3", g("Основание пользования помещением", "Үй-жайды пайдалану негізі", ""), lease],
             ["2.4", g("Арендуемая площадь", "Жалға алынған алаң", ""), g(f"{area} м² (цех, склад ЛКМ, бытовые помещения)",
                                                                            f"{area} м² (цех, ЛБМ қоймасы, тұрмыстық үй-жайлар)", "")]]
    _span(rows, merges, g("3. Сведения об объекте", "3. Объект туралы мәліметтер", ""), 3)
    rows += [["3.1", g("Наименование объекта", "Объектінің атауы", ""),
              g("Флексографская типография (печать и ламинация гибкой упаковки)",
                "Флексографиялық баспахана (икемді қаптаманы басу және ламинациялау)", "")],
             ["3.2", g("Место осуществления деятельности", "Қызметті жүзеге асыру орны", ""), p["site"][L]],
             ["3.3", g("Код КАТО места осуществления деятельности", "Қызметті жүзеге асыру орнының ҚАТО коды", ""), kato],
             ["3.4", g("Географические координаты (центр корпуса, WGS-84)", "Географиялық координаттары (корпус орталығы, WGS-84)", ""),
              g(f"{num(lat, 'ru')} с.ш., {num(lon, 'ru')} в.д.", f"с.е. {num(lat, 'kk')}, ш.б. {num(lon, 'kk')}", "")],
             ["3.5", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
              g("18120 – Прочие виды печатной деятельности", "18120 – Басып шығару қызметінің өзге де түрлері", "")],
             ["3.6", g("Категория объекта", "Объектінің санаты", ""), cat_text],
             ["3.7", g("Проектная мощность", "Жобалық қуаты", ""),
              g(f"печать – до {mln} млн м² плёнки в год; ламинация – до {mln - 4} млн м² в год",
                f"басу – жылына {mln} млн м² пленкаға дейін; ламинациялау – жылына {mln - 4} млн м²-ге дейін", "")],
             ["3.8", g("Режим работы", "Жұмыс режимі", ""), g("2 смены по 12 ч, 300 сут/год", "12 сағаттан 2 ауысым, жылына 300 тәулік", "")]]
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p["core"], "kato": kato, "oked": "18120", "category": cat, "lat": lat, "lon": lon})
    doc.p(g("Перечень основного технологического оборудования приведен в таблице 1.2.",
            "Негізгі технологиялық жабдықтардың тізбесі 1.2-кестеде келтірілген.", ""))
    eq = [g(["№", "Оборудование", "Кол-во", "Примечание"], ["№", "Жабдық", "Саны", "Ескертпе"], []),
          ["1", g("Флексографская печатная машина ЦП-типа, 8 красок, ширина запечатки 1 270 мм",
                  "ЦП үлгісіндегі флексографиялық баспа машинасы, 8 бояу, басу ені 1 270 мм", ""), "1",
           g("сушка – горячий воздух, отвод на УКО", "кептіру – ыстық ауа, КТҚ-ға бұру", "")],
          ["2", g("Ламинатор комбинированный (сольвентный / бессольвентный)", "Құрама ламинатор (еріткішті / еріткішсіз)", ""), "1", "–"],
          ["3", g("Бобинорезательная машина", "Бобина кескіш машина", ""), "2", "–"],
          ["4", g("Пакетоделательная машина (дой-пак, zip-lock)", "Пакет жасайтын машина (дой-пак, zip-lock)", ""), str(r.randint(2, 4)), "–"]]
    doc.table(g("Таблица 1.2 – Основное оборудование", "1.2-кесте – Негізгі жабдықтар", ""), eq, role="other")


# (plant, owner, KCN address, lat, lon, landlord, head office)
VN_PACK = (
    ("Nhà máy sản xuất bao bì màng ghép Thành Đạt", "Công ty TNHH Bao bì Thành Đạt Việt Nam",
     "Nhà xưởng số 5, Lô C-7, đường số 9, KCN Tân Đông Hiệp B, phường Tân Đông Hiệp, TP. Dĩ An, tỉnh Bình Dương", 10.9163, 106.7714,
     "Công ty Cổ phần Phát triển Nhà xưởng Tân Đông Hiệp", "Số 12 đường Nguyễn Văn Tiết, phường Lái Thiêu, TP. Thuận An, tỉnh Bình Dương"),
    ("Nhà máy in và sản xuất bao bì mềm Phú Lâm", "Công ty Cổ phần In Bao bì Phú Lâm",
     "Nhà xưởng B2, Lô H-3, KCN Đức Hòa 1 – Hạnh Phúc, xã Đức Hòa Đông, huyện Đức Hòa, tỉnh Long An", 10.8704, 106.4497,
     "Công ty Cổ phần Nhà xưởng Công nghiệp Hạnh Phúc Xanh", "Số 85 đường Kinh Dương Vương, phường An Lạc, quận Bình Tân, TP. Hồ Chí Minh"),
    ("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Công ty TNHH Bao bì Nhựa Kinh Bắc",
     "Nhà xưởng xây sẵn NX-14, KCN Quế Võ, phường Phương Liễu, thị xã Quế Võ, tỉnh Bắc Ninh", 21.1472, 106.1643,
     "Công ty Cổ phần Nhà xưởng Công nghiệp Quế Võ Xanh", "Số 21 đường Lý Thái Tổ, phường Suối Hoa, TP. Bắc Ninh, tỉnh Bắc Ninh"),
)  # fmt: skip


def _facility_hr1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, landlord, office = doc.pick(VN_PACK)
    msdn, msdn_land = make_msdn(r), make_msdn(r)
    lat = round(lat0 + r.uniform(-0.003, 0.003), 5)
    lon = round(lon0 + r.uniform(-0.003, 0.003), 5)
    group = r.choice(("II", "III"))
    rep = doc.pick(("Ông Lâm Quốc Thịnh", "Bà Nguyễn Thị Thu Hà", "Ông Trịnh Văn Khải"))
    tons = r.randint(18, 60) * 100
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ «{name.upper()}»")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p("Chủ cơ sở thuê nhà xưởng xây sẵn của đơn vị kinh doanh hạ tầng khu công nghiệp; hệ thống xử lý nước thải tập trung và "
          "các công trình hạ tầng dùng chung do bên cho thuê quản lý, không thuộc phạm vi đề nghị cấp phép của cơ sở.")
    rows = [["TT", "Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "I. CHỦ CƠ SỞ (BÊN THUÊ NHÀ XƯỞNG)", 3)
    rows += [["1", "Tên chủ cơ sở", owner],
             ["2", "Mã số doanh nghiệp", f"{msdn} (đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2012, 2019)})"],
             ["3", "Địa chỉ trụ sở chính", office],
             ["4", "Người đại diện theo pháp luật", f"{rep} – Tổng Giám đốc"]]
    _span(rows, merges, "II. BÊN CHO THUÊ NHÀ XƯỞNG", 3)
    rows += [["5", "Tên doanh nghiệp", landlord],
             ["6", "Mã số doanh nghiệp", msdn_land],
             ["7", "Hợp đồng thuê nhà xưởng", f"Số {r.randint(10, 99)}/2023/HĐTNX ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023, "
                                             f"thời hạn 10 năm; diện tích thuê {num(r.randint(40, 95) * 100, 'vi')} m2"]]
    _span(rows, merges, "III. CƠ SỞ", 3)
    rows += [["8", "Tên cơ sở", name],
             ["9", "Địa điểm thực hiện", place],
             ["10", "Tọa độ vị trí (hệ WGS-84)", f"{num(lat, 'vi')} độ vĩ Bắc; {num(lon, 'vi')} độ kinh Đông"],
             ["11", "Loại hình sản xuất", "In ống đồng, ghép màng, chia cuộn và làm túi bao bì mềm"],
             ["12", "Công suất", f"{num(tons, 'vi')} tấn sản phẩm/năm"],
             ["13", "Phân loại theo tiêu chí về môi trường",
              f"Cơ sở thuộc nhóm {group} theo Phụ lục {'IV' if group == 'II' else 'V'} ban hành kèm theo Nghị định số 08/2022/NĐ-CP"]]
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
    maybe_distractor(doc)


# a plastics works ordering measurements from a laboratory: (core, operator RU/KK, object RU/KK, legal RU/KK, site RU/KK,
#  KATO prefix, lat, lon, OKED, category)
KZ_PLAST = (
    {"core": "PetForm Karaganda", "op": ("ТОО «PetForm Karaganda»", "«PetForm Karaganda» ЖШС"),
     "obj": ("Цех литья ПЭТ-преформ и выдува ПЭТ-бутылок", "ПЭТ-преформаларды құю және ПЭТ-бөтелкелерді үрлеу цехы"),
     "legal": ("г. Караганда, район имени Казыбек би, пр. Бухар жырау, 49/6, офис 210",
               "Қарағанды қ., Қазыбек би атындағы аудан, Бұқар жырау даңғ., 49/6, 210 кеңсе"),
     "site": ("Карагандинская область, г. Караганда, Алихан Бокейханский район, Складская улица, 12/4",
              "Қарағанды облысы, Қарағанды қ., Әлихан Бөкейхан ауданы, Складская көшесі, 12/4"),
     "prefix": "3510", "at": (49.8463, 73.1571), "oked": "22220", "cat": "II"},
    {"core": "Aktobe Polymer Pipe", "op": ("ТОО «Aktobe Polymer Pipe»", "«Aktobe Polymer Pipe» ЖШС"),
     "obj": ("Завод полиэтиленовых и полипропиленовых труб", "Полиэтилен және полипропилен құбырлар зауыты"),
     "legal": ("г. Актобе, район Астана, пр. Абилкайыр хана, 62, офис 5", "Ақтөбе қ., Астана ауданы, Әбілқайыр хан даңғ., 62, 5 кеңсе"),
     "site": ("Актюбинская область, г. Актобе, район Алматы, промышленная зона, ул. Промышленная, 47",
              "Ақтөбе облысы, Ақтөбе қ., Алматы ауданы, өнеркәсіптік аймақ, Промышленная к., 47"),
     "prefix": "1510", "at": (50.2563, 57.2486), "oked": "22210", "cat": "II"},
    {"core": "Qazaq PET Recycling", "op": ("ТОО «Qazaq PET Recycling»", "«Qazaq PET Recycling» ЖШС"),
     "obj": ("Линия переработки ПЭТ-бутылок во флексу и гранулят", "ПЭТ-бөтелкелерді флекс пен гранулятқа қайта өңдеу желісі"),
     "legal": ("г. Алматы, Медеуский район, ул. Зенкова, 59, офис 31", "Алматы қ., Медеу ауданы, Зенков к., 59, 31 кеңсе"),
     "site": ("Алматинская область, Илийский район, с. Отеген батыр, промышленная зона, участок 114",
              "Алматы облысы, Іле ауданы, Өтеген батыр а., өнеркәсіптік аймақ, 114 учаске"),
     "prefix": "1961", "at": (43.4152, 77.0298), "oked": "38320", "cat": "III"},
)  # fmt: skip
OKED_OPTIONS = {
    "20160": ("20160 Производство пластмасс в первичных формах", "20160 Бастапқы нысандағы пластмассалар өндірісі"),
    "22210": ("22210 Производство пластмассовых плит, листов, труб и профилей", "22210 Пластмасса плиталарын, парақтарын, құбырларын және профильдерін өндіру"),
    "22220": ("22220 Производство пластмассовых упаковок для товаров", "22220 Тауарларға арналған пластмасса қаптамалар өндірісі"),
    "38320": ("38320 Переработка отсортированных отходов", "38320 Сұрыпталған қалдықтарды қайта өңдеу"),
}  # fmt: skip


def facility_hr2(doc: Doc) -> None:
    """A plastics works' application to an accredited laboratory for instrumental measurements, the laboratory's form
    typed as a label–value table without a header row, where the OKED and the category are options of the form and only
    the ticked box (`☒ II`) says which holds — `☐ 20160 …`, `☒ 22220 …`, `☐ I ☒ II ☐ III ☐ IV` — beside ticked kinds of
    measurement and a permit's number; the equipment's operating regime in a table of no role after it (VI: a province's
    survey form of plastics recycling establishments, the group under the environmental criteria, the activity and the
    imported scrap with its HS codes as ticked boxes)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hr2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(KZ_PLAST)
    operator = p["op"][L]
    bin_, kato = make_bin(r), _kato(doc, p["prefix"])
    lat = round(p["at"][0] + r.uniform(-0.003, 0.003), 5)
    lon = round(p["at"][1] + r.uniform(-0.003, 0.003), 5)
    lab = doc.pick((("ТОО «ЭкоАналит Центр»", "«ЭкоАналит Центр» ЖШС"), ("ТОО «Казэкотест»", "«Казэкотест» ЖШС")))[L]
    number = f"{r.randint(101, 480)}/26"
    doc.h(g(f"Заявка № {number} на проведение инструментальных измерений", f"Аспаптық өлшеулер жүргізуге № {number} өтінім", ""))
    doc.p(g(f"Испытательная лаборатория {lab}. Форма Ф-07-02 (редакция 3). Заявка заполняется заказчиком; в пунктах с "
            "вариантами нужное отметить знаком ☒.",
            f"{lab} сынақ зертханасы. Ф-07-02 нысаны (3-редакция). Өтінімді тапсырыс беруші толтырады; нұсқалары бар "
            "тармақтарда қажеттісін ☒ белгісімен белгілеу керек.", ""))
    okeds = [k for k in OKED_OPTIONS if k != p["oked"]]
    options = sorted([p["oked"], *r.sample(okeds, 2)])
    oked_cell = "\n".join(f"{TICK if k == p['oked'] else BOX} {OKED_OPTIONS[k][L]}" for k in options)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    kinds = g(("выбросы на организованных источниках", "атмосферный воздух на границе СЗЗ", "сточные воды", "почва",
               "шум и вибрация"),
              ("ұйымдастырылған көздердегі шығарындылар", "СҚА шекарасындағы атмосфералық ауа", "ағынды сулар", "топырақ",
               "шу және діріл"), ())
    ticked = {0, 1} if r.random() < 0.6 else {0, 2}
    kinds_cell = "\n".join(f"{TICK if j in ticked else BOX} {k}" for j, k in enumerate(kinds))
    contact = doc.pick((("Жунусова Айжан Маратовна, инженер-эколог", "Жүнісова Айжан Маратқызы, инженер-эколог"),
                        ("Литвинов Олег Игоревич, главный инженер", "Литвинов Олег Игорьұлы, бас инженер")))[L]
    rows = [
        [g("1. Заказчик (полное наименование)", "1. Тапсырыс беруші (толық атауы)", ""), operator],
        [g("2. БИН заказчика", "2. Тапсырыс берушінің БСН", ""), bin_],
        [g("3. Юридический адрес", "3. Заңды мекенжайы", ""), p["legal"][L]],
        [g("4. Объект измерений", "4. Өлшеу объектісі", ""), p["obj"][L]],
        [g("5. Адрес объекта", "5. Объектінің мекенжайы", ""), p["site"][L]],
        [g("6. Код КАТО объекта", "6. Объектінің ҚАТО коды", ""), kato],
        [g("7. Координаты объекта (для выезда бригады)", "7. Объектінің координаттары (бригаданың шығуы үшін)", ""),
         g(f"широта {num(lat, 'ru')}, долгота {num(lon, 'ru')}", f"ендік {num(lat, 'kk')}, бойлық {num(lon, 'kk')}", "")],
        [g("8. Основной вид деятельности по ОКЭД (отметить)", "8. ЭҚЖЖ бойынша негізгі қызмет түрі (белгілеу)", ""), oked_cell],
        [g("9. Категория объекта по статье 12 Экологического кодекса РК (отметить)",
           "9. ҚР Экология кодексінің 12-бабы бойынша объектінің санаты (белгілеу)", ""), _boxes(("I", "II", "III", "IV"), p["cat"])],
        [g("10. Экологическое разрешение (декларация)", "10. Экологиялық рұқсат (декларация)", ""),
         g(f"{TICK} есть: № {permit}, срок действия до 31.12.{r.randint(2030, 2035)}   {BOX} нет",
           f"{TICK} бар: № {permit}, қолданылу мерзімі 31.12.{r.randint(2030, 2035)} дейін   {BOX} жоқ", "")],
        [g("11. Виды измерений (отметить)", "11. Өлшеу түрлері (белгілеу)", ""), kinds_cell],
        [g("12. Количество организованных источников", "12. Ұйымдастырылған көздердің саны", ""), str(r.randint(3, 6))],
        [g("13. Газоочистное оборудование", "13. Газ тазарту жабдығы", ""),
         g(f"{TICK} есть (циклон, рукавный фильтр)   {BOX} нет", f"{TICK} бар (циклон, жеңді сүзгі)   {BOX} жоқ", "")],
        [g("14. Контактное лицо, телефон", "14. Байланыс тұлғасы, телефоны", ""),
         f"{contact}, +7 7{r.randint(0, 9)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"],
    ]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p["core"], "kato": kato, "oked": p["oked"], "category": p["cat"], "lat": lat, "lon": lon})
    doc.p(g("Режим работы основного оборудования в период измерений:", "Өлшеу кезеңіндегі негізгі жабдықтың жұмыс режимі:", ""))
    eq = [g(["Оборудование", "Количество, шт.", "Режим", "Загрузка в день замеров, %"], ["Жабдық", "Саны, дана", "Режимі", "Өлшеу күнгі жүктеме, %"], []),
          [g("Основные линии (экструзия / литьё)", "Негізгі желілер (экструзия / құю)", ""), str(r.randint(2, 5)),
           g("круглосуточно, 3 смены", "тәулік бойы, 3 ауысым", ""), str(r.randint(80, 100))],
          [g("Дробилка технологических отходов", "Технологиялық қалдықтар ұсатқышы", ""), "1",
           g("1 смена, 4–6 ч", "1 ауысым, 4–6 сағ", ""), str(r.randint(50, 90))]]
    doc.table(None, eq, role="other")
    doc.p(g("Заказчик обеспечивает доступ к пробоотборным точкам и работу оборудования в штатном режиме.",
            "Тапсырыс беруші сынама алу нүктелеріне қолжетімділікті және жабдықтың штаттық режимде жұмыс істеуін қамтамасыз етеді.", ""))


# (establishment, owner, place, lat, lon, imports scrap?)
VN_RECYCLERS = (
    ("Xưởng tái chế nhựa Minh Khai Xanh", "Công ty TNHH Nhựa tái chế Minh Khai Xanh", "thôn Minh Khai, xã Chỉ Đạo, huyện Văn Lâm, tỉnh Hưng Yên",
     20.9741, 106.0316, False),
    ("Nhà máy tái chế hạt nhựa PET Phương Nam", "Công ty Cổ phần Tái chế Nhựa Phương Nam", "Lô H2, KCN Xuyên Á, xã Mỹ Hạnh Bắc, huyện Đức Hòa, tỉnh Long An",
     10.9308, 106.4622, True),
    ("Cơ sở tạo hạt nhựa tái sinh Như Quỳnh", "Công ty TNHH Sản xuất Hạt nhựa Như Quỳnh", "Cụm công nghiệp Như Quỳnh, thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên",
     20.9868, 106.0051, False),
)  # fmt: skip


def _facility_hr2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, imports = doc.pick(VN_RECYCLERS)
    province = place.rsplit("tỉnh ", 1)[1]
    msdn = make_msdn(r)
    lat = round(lat0 + r.uniform(-0.002, 0.002), 5)
    lon = round(lon0 + r.uniform(-0.002, 0.002), 5)
    group = "I" if imports else "II"
    tons = r.randint(24, 90) * 100
    doc.h(f"PHIẾU ĐIỀU TRA, THỐNG KÊ CƠ SỞ TÁI CHẾ NHỰA TRÊN ĐỊA BÀN TỈNH {province.upper()}")
    doc.p(f"(Kèm theo Công văn của Sở Nông nghiệp và Môi trường tỉnh {province}; đánh dấu ☒ vào ô phù hợp)")
    rows = [["1. Tên cơ sở", name],
            ["2. Chủ cơ sở", owner],
            ["3. Mã số doanh nghiệp (mã số thuế)", msdn],
            ["4. Địa chỉ cơ sở", place],
            ["5. Tọa độ vị trí (hệ WGS-84, độ thập phân)", f"Vĩ độ: {num(lat, 'vi')}; Kinh độ: {num(lon, 'vi')}"],
            ["6. Loại hình hoạt động", f"{BOX} Thu gom, phân loại phế liệu nhựa\n{TICK} Tái chế nhựa (xay, rửa, tạo hạt)\n"
                                     f"{BOX} Sản xuất sản phẩm từ hạt nhựa tái sinh"],
            ["7. Nguồn nguyên liệu", f"{TICK} Phế liệu nhựa thu gom trong nước\n{TICK if imports else BOX} Phế liệu nhựa nhập khẩu "
                                    "(mã HS 3915.10.90; 3915.90.00)"],
            ["8. Công suất thiết kế", f"{num(tons, 'vi')} tấn hạt nhựa/năm"],
            ["9. Phân loại theo tiêu chí về môi trường", _boxes(("Nhóm I", "Nhóm II", "Nhóm III", "Nhóm IV"), f"Nhóm {group}")],
            ["10. Hồ sơ môi trường đã có", f"{TICK} Giấy phép môi trường số {r.randint(20, 480)}/GPMT-UBND   {BOX} Đăng ký môi trường   {BOX} Chưa có"],
            ["11. Hệ thống xử lý nước thải rửa phế liệu", f"{TICK} Có, công suất {r.randint(3, 12) * 10} m3/ngày đêm   {BOX} Không"],
            ["12. Người cung cấp thông tin", f"{doc.pick(('Nguyễn Văn Tuấn', 'Đỗ Thị Lan', 'Phạm Minh Đức'))} – phụ trách môi trường; "
                                            f"ĐT: 09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
    doc.p("Ghi chú: thông tin tại phiếu này dùng để cập nhật cơ sở dữ liệu về các cơ sở tái chế chất thải nhựa trên địa bàn tỉnh.")


# ---------------------------------------------------------------- emissions

# code: ((RU, KK) name, hazard class) of the volatile parts of flexographic materials
SOLVENTS = {
    "1061": (("Этанол", "Этанол (этил спирті)"), 4),
    "1240": (("Этилацетат", "Этилацетат"), 4),
    "1051": (("Пропан-2-ол (изопропиловый спирт)", "Пропан-2-ол (изопропил спирті)"), 3),
    "1119": (("2-Этоксиэтанол (этилцеллозольв)", "2-Этоксиэтанол (этилцеллозольв)"), None),
    "1401": (("Пропан-2-он (ацетон)", "Пропан-2-он (ацетон)"), 4),
}
# ((RU, KK) material, (low, high) t/year, {code: % by mass}, always there)
RECIPES = (
    (("Краски флексографские спиртовые (триада, белила, Pantone)", "Спиртті флексографиялық бояулар (триада, ақ бояу, Pantone)"),
     (28, 55), {"1061": 32, "1240": 6, "1051": 9, "1119": 3}, True),
    (("Разбавитель спиртовой (этанол : этилацетат = 80 : 20)", "Спиртті сұйылтқыш (этанол : этилацетат = 80 : 20)"),
     (14, 30), {"1061": 80, "1240": 20}, True),
    (("Замедлитель высыхания", "Кебуді баяулатқыш"), (1.2, 3.5), {"1119": 70, "1051": 30}, False),
    (("Лак надпечатный спиртовой", "Спиртті үстіңгі лак"), (3, 9), {"1061": 42, "1051": 12}, False),
    (("Клей полиуретановый двухкомпонентный на этилацетате (ламинатор)", "Этилацетаттағы екі компонентті полиуретан желімі (ламинатор)"),
     (9, 24), {"1240": 60}, True),
    (("Смывка для анилоксовых валов и печатных форм", "Анилокс біліктері мен баспа қалыптарына арналған жуғыш"),
     (2.5, 7), {"1061": 45, "1051": 40, "1119": 15}, False),
    (("Ацетон технический (промывка клеевого узла ламинатора)", "Техникалық ацетон (ламинатордың желім торабын жуу)"),
     (0.8, 2.4), {"1401": 100}, False),
)  # fmt: skip


def emissions_hr1(doc: Doc) -> None:
    """A flexographic plant's emissions worked out from the recipe of its materials: the materials as rows with their
    consumption and the share of each volatile component, the components as columns under a row of codes, a row of
    names and a row of hazard classes; only the closing rows carry emissions — after the volatile content, the part
    captured and the part destroyed in the afterburner come the tonnes through the afterburner's stack ИЗА 0001 and, on
    a row labelled only `то же, г/с`, its grams a second, then the fugitive part through the shop's roof (ИЗА 6001) the
    same way (VI: a gravure packaging plant's solvent loads by the ink and solvent recipe, kilograms a year and g/s at
    the adsorber's stack and in the shop, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hr1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    chosen = [m for m in RECIPES if m[3] or r.random() < 0.7]
    codes = [c for c in SOLVENTS if any(c in m[2] for m in chosen)]
    cap = r.choice((90, 92, 95))
    eta = r.choice((95, 96, 98))
    hours = r.choice((4380, 5840, 6600))
    operator = doc.pick((("ТОО «Alatau Flexo Print»", "«Alatau Flexo Print» ЖШС"), ("ТОО «Оңтүстік Пак Принт»", "«Оңтүстік Пак Принт» ЖШС"),
                         ("ТОО «Astana Label Pack»", "«Astana Label Pack» ЖШС")))[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}. Раздел 3.2. Расчет выбросов печатного участка по рецептуре материалов",
            f"{operator}. Жол берілетін шығарындылар нормативтерінің жобасы. 3.2-бөлім. Баспа учаскесінің шығарындыларын материалдар "
            "рецептурасы бойынша есептеу", ""))
    doc.p(g("Содержание летучих компонентов в материалах принято по паспортам безопасности поставщиков; расход – по данным "
            f"складского учета за 2025 год. Паровоздушная смесь от сушильных устройств печатной машины и ламинатора улавливается "
            f"местными отсосами (κ = {cap} %) и направляется на установку каталитического окисления (УКО), неуловленная часть "
            "поступает в помещение цеха и удаляется крышными вентиляторами.",
            "Материалдардағы ұшпа компоненттердің құрамы жеткізушілердің қауіпсіздік паспорттары бойынша, шығыны 2025 жылғы қойма "
            f"есебінің деректері бойынша қабылданды. Баспа машинасы мен ламинатордың кептіру құрылғыларынан шығатын бу-ауа қоспасы "
            f"жергілікті сорғыштармен ұсталады (κ = {cap} %) және каталитикалық тотықтыру қондырғысына (КТҚ) бағытталады, ұсталмаған "
            "бөлігі цех үй-жайына түседі және шатыр желдеткіштерімен шығарылады.", ""))
    w = 2 + len(codes)
    rows = [[g("Материал", "Материал", ""), g("Расход, т/год", "Шығыны, т/жыл", ""),
             g("Содержание летучих компонентов, % масс.", "Ұшпа компоненттердің құрамы, масса %", "")] + [None] * (len(codes) - 1),
            [None, None, *codes],
            [None, None, *(SOLVENTS[c][0][L] for c in codes)],
            [g("Класс опасности", "Қауіптілік сыныбы", ""), None, *(str(SOLVENTS[c][1]) if SOLVENTS[c][1] else "–" for c in codes)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, w - 1), (3, 0, 3, 1)]
    content = dict.fromkeys(codes, 0.0)
    for names, (lo, hi), share, _ in chosen:
        cons = round(rate(r, lo, hi, 3), 1)
        rows.append([names[L], num(cons, doc.lang), *(num(share[c], doc.lang) if c in share else "–" for c in codes)])
        for c, pct in share.items():
            content[c] += cons * pct / 100
    volatile = {c: round(v, 3) for c, v in content.items()}
    captured = {c: round(v * cap / 100, 3) for c, v in volatile.items()}
    destroyed = {c: round(v * eta / 100, 3) for c, v in captured.items()}
    stack = {c: round(captured[c] - destroyed[c], 3) for c in codes}
    fugitive = {c: round(volatile[c] - captured[c], 3) for c in codes}
    per_s = {c: _sig(stack[c] * 1e6 / (hours * 3600), 3) for c in codes}
    fug_s = {c: _sig(fugitive[c] * 1e6 / (hours * 3600), 3) for c in codes}

    def closing(label: str, values: dict) -> None:
        rows.append([label, None, *(num(values[c], doc.lang) for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))

    same = g("то же, г/с", "сол сияқты, г/с", "")
    closing(g("Содержится летучих компонентов в израсходованных материалах, т/год",
              "Жұмсалған материалдардағы ұшпа компоненттердің мөлшері, т/жыл", ""), volatile)
    closing(g(f"Уловлено местными отсосами и направлено на УКО ({cap} %), т/год",
              f"Жергілікті сорғыштармен ұсталып, КТҚ-ға бағытталды ({cap} %), т/жыл", ""), captured)
    closing(g(f"Обезврежено в УКО (η = {eta} %), т/год", f"КТҚ-да залалсыздандырылды (η = {eta} %), т/жыл", ""), destroyed)
    closing(g("Выброс через ИЗА 0001 (дымовая труба УКО), т/год", "0001 ЛШК (КТҚ түтін мұржасы) арқылы шығарынды, т/жыл", ""), stack)
    closing(same, per_s)
    closing(g("Неорганизованный выброс через крышные вентиляторы цеха (ИЗА 6001), т/год",
              "Цехтың шатыр желдеткіштері арқылы ұйымдастырылмаған шығарынды (6001 ЛШК), т/жыл", ""), fugitive)
    closing(same, fug_s)
    doc.table(g("Таблица 3.2.1 – Расчет выбросов летучих компонентов по рецептуре материалов",
                "3.2.1-кесте – Материалдар рецептурасы бойынша ұшпа компоненттер шығарындыларын есептеу", ""), rows, merges, role="emissions")
    for c in codes:
        hz = SOLVENTS[c][1]
        doc.add("emissions", emission(c, per_s[c], stack[c], "0001", hz), emission(c, fug_s[c], fugitive[c], "6001", hz))
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "6001", "type": "unorganized"})
    doc.p(g(f"Максимальные разовые выбросы определены по годовым при фонде рабочего времени печатного участка T = "
            f"{num(hours, 'ru')} ч/год: M = G × 10⁶ / (T × 3600), г/с.",
            f"Ең жоғары бір реттік шығарындылар баспа учаскесінің жұмыс уақыты қоры T = {num(hours, 'kk')} сағ/жыл болғанда жылдық "
            "шығарындылар бойынша анықталды: M = G × 10⁶ / (T × 3600), г/с.", ""))
    maybe_distractor(doc)


VN_SOLVENTS = {"0621": "Toluen", "1240": "Ethyl acetate (EA)", "1051": "Isopropanol (IPA)", "1401": "Axeton"}
# (material, (low, high) tonnes a year, {code: %})
VN_RECIPES = (
    ("Mực in ống đồng gốc dung môi (mực màu, mực trắng)", (90, 180), {"0621": 18, "1240": 20, "1051": 6}),
    ("Dung môi pha mực (Toluen : EA : IPA = 40 : 45 : 15)", (70, 140), {"0621": 40, "1240": 45, "1051": 15}),
    ("Keo ghép màng gốc dung môi (PU hai thành phần)", (30, 60), {"1240": 58}),
    ("Dung môi vệ sinh trục in, máng mực", (6, 14), {"0621": 25, "1240": 35, "1401": 40}),
)


def _emissions_hr1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Nhà máy in và sản xuất bao bì mềm Phú Lâm",
                     "Nhà máy sản xuất bao bì màng ghép Thành Đạt"))
    cap = r.choice((85, 88, 90))
    eff = r.choice((80, 85, 90))
    hours = r.choice((6000, 7200))
    codes = list(VN_SOLVENTS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2.2. Tính toán tải lượng hơi dung môi theo định mức sử dụng mực in, dung môi và keo")
    doc.p(f"Hơi dung môi từ các cụm sấy của máy in ống đồng và máy ghép màng được thu gom bằng chụp hút (hiệu quả thu gom {cap}%) "
          f"đưa về hệ thống hấp phụ bằng than hoạt tính, sau đó thoát ra ống thải KT1; thời gian hoạt động {num(hours, 'vi')} giờ/năm. "
          "Thành phần dung môi lấy theo bảng dữ liệu an toàn (MSDS) của nhà cung cấp.")
    w = 3 + len(codes)
    rows = [["TT", "Nguyên liệu", "Khối lượng sử dụng (tấn/năm)", "Hàm lượng dung môi bay hơi (% khối lượng)"] + [None] * (len(codes) - 1),
            [None, None, None, *(VN_SOLVENTS[c] for c in codes)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, w - 1)]
    content = dict.fromkeys(codes, 0.0)
    for k, (mat, (lo, hi), share) in enumerate(VN_RECIPES, 1):
        cons = round(rate(r, lo, hi, 3), 1)
        rows.append([str(k), mat, num(cons, "vi"), *(num(share[c], "vi") if c in share else "-" for c in codes)])
        for c, pct in share.items():
            content[c] += cons * pct * 10
    volatile = {c: round(v, 1) for c, v in content.items()}
    captured = {c: round(v * cap / 100, 1) for c, v in volatile.items()}
    adsorbed = {c: round(v * eff / 100, 1) for c, v in captured.items()}
    stack = {c: round(captured[c] - adsorbed[c], 1) for c in codes}
    shop = {c: round(volatile[c] - captured[c], 1) for c in codes}
    stack_s = {c: _sig(stack[c] * 1000 / (hours * 3600), 3) for c in codes}
    shop_s = {c: _sig(shop[c] * 1000 / (hours * 3600), 3) for c in codes}

    def closing(label: str, values: dict) -> None:
        rows.append([label, None, None, *(num(values[c], "vi") for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))

    closing("Tổng lượng dung môi bay hơi (kg/năm)", volatile)
    closing(f"Lượng hơi dung môi được thu gom về hệ thống xử lý – {cap}% (kg/năm)", captured)
    closing(f"Lượng được giữ lại bởi than hoạt tính – hiệu suất {eff}% (kg/năm)", adsorbed)
    closing("Tải lượng thoát ra ống thải KT1 sau xử lý (kg/năm)", stack)
    closing("Tải lượng thoát ra ống thải KT1 sau xử lý (g/s)", stack_s)
    closing("Tải lượng phát tán trong nhà xưởng, không thu gom được (kg/năm)", shop)
    closing("Tải lượng phát tán trong nhà xưởng (g/s)", shop_s)
    doc.table("Bảng 3.6. Tải lượng hơi dung môi phát sinh từ công đoạn in và ghép màng", rows, merges, role="emissions")
    for c in codes:
        doc.add("emissions", emission(c, stack_s[c], _t(stack[c])), emission(c, shop_s[c], _t(shop[c])))
    doc.p("Ghi chú: tải lượng (g/s) = tải lượng (kg/năm) × 1.000 / (thời gian hoạt động × 3.600).")
    maybe_distractor(doc)


# code: ((RU, KK) name, hazard class) of what plastics processing gives off
PLASTIC_AIR = {
    "1317": (("Ацетальдегид", "Ацетальдегид"), 3), "1325": (("Формальдегид", "Формальдегид"), 2),
    "0337": (("Углерод оксид", "Көміртек оксиді"), 4), "1544": (("Полиэтилентерефталат (пыль)", "Полиэтилентерефталат (шаң)"), None),
    "1555": (("Уксусная кислота", "Сірке қышқылы"), 3), "0406": (("Полиэтилен (пыль)", "Полиэтилен (шаң)"), None),
    "2922": (("Пыль полипропилена", "Полипропилен шаңы"), None), "1409": (("Бутан-2-он (метилэтилкетон)", "Бутан-2-он (метилэтилкетон)"), None),
}
# plant: ((RU, KK) plant, [((RU, KK) equipment, hours (low, high), (RU, KK) where to or None, number, [(code, (g/s))])])
PLASTIC_PLANTS = (
    (("ТОО «PetForm Karaganda». Цех литья ПЭТ-преформ и выдува бутылок", "«PetForm Karaganda» ЖШС. ПЭТ-преформаларды құю және бөтелкелерді үрлеу цехы"), [
        (("Сушилки-осушители ПЭТ-гранулята, 2 шт.", "ПЭТ-гранулятты кептіргіш-құрғатқыштар, 2 дана"), (6600, 7800),
         ("ИЗА 0001 – труба сушилок, Н = 11 м, Ø 0,25 м", "0001 ЛШК – кептіргіштер мұржасы, Н = 11 м, Ø 0,25 м"), "0001",
         [("1317", (0.0015, 0.006))]),
        (("Термопластавтоматы литья преформ, 4 шт.", "Преформа құятын термопласт автоматтары, 4 дана"), (6600, 7800),
         ("местные отсосы над пресс-формами → крышный вентилятор ИЗА 0002", "қалыптар үстіндегі жергілікті сорғыштар → 0002 ЛШК шатыр желдеткіші"),
         "0002", [("1317", (0.003, 0.012)), ("1325", (0.0004, 0.002)), ("0337", (0.002, 0.009))]),
        (("Выдувные машины, 2 шт.", "Үрлеу машиналары, 2 дана"), (6600, 7800), None, None, []),
        (("Дробилка брака преформ и литников", "Преформа ақауы мен құйма қалдықтарын ұсатқыш"), (900, 1800),
         ("циклон ЦН-11 (η = 85 %) → ИЗА 0003", "ЦН-11 циклоны (η = 85 %) → 0003 ЛШК"), "0003", [("1544", (0.004, 0.02))]),
        (("Пневмозагрузка гранулята из биг-бэгов в силосы", "Гранулятты биг-бэгтерден силостарға пневможүктеу"), (400, 900),
         ("неорганизованно, через ворота склада сырья – ИЗА 6001", "ұйымдастырылмаған, шикізат қоймасының қақпасы арқылы – 6001 ЛШК"),
         "6001", [("1544", (0.001, 0.006))])]),
    (("ТОО «Aktobe Polymer Pipe». Завод полиэтиленовых и полипропиленовых труб", "«Aktobe Polymer Pipe» ЖШС. Полиэтилен және полипропилен құбырлар зауыты"), [
        (("Экструзионные линии труб ПЭ 100 Ø 20–630 мм, 3 шт.", "Ø 20–630 мм ПЭ 100 құбырларының экструзиялық желілері, 3 дана"), (6000, 7600),
         ("вытяжные зонты над экструзионными головками → ИЗА 0001, Н = 10 м", "экструзиялық бастиектер үстіндегі сорғыш қалпақтар → 0001 ЛШК, Н = 10 м"),
         "0001", [("0337", (0.004, 0.015)), ("1555", (0.002, 0.008)), ("1325", (0.0003, 0.0015))]),
        (("Линия двустенной гофрированной трубы ПП", "Екі қабырғалы гофрленген ПП құбыр желісі"), (5000, 7000),
         ("ИЗА 0002 – труба, Н = 9 м, Ø 0,4 м", "0002 ЛШК – мұржа, Н = 9 м, Ø 0,4 м"), "0002", [("0337", (0.002, 0.008)), ("1555", (0.001, 0.005))]),
        (("Ванны вакуумной калибровки и охлаждения", "Вакуумдық калибрлеу және салқындату ванналары"), (6000, 7600), None, None, []),
        (("Роторная дробилка отходов труб", "Құбыр қалдықтарының роторлы ұсатқышы"), (700, 1500),
         ("рукавный фильтр ФРИ-45 → ИЗА 0003", "ФРИ-45 жеңді сүзгісі → 0003 ЛШК"), "0003", [("0406", (0.002, 0.01)), ("2922", (0.001, 0.006))]),
        (("Маркировка труб струйными принтерами", "Құбырларды ағынды принтерлермен таңбалау"), (6000, 7600),
         ("общеобменная вентиляция цеха – ИЗА 6001", "цехтың жалпы алмасу желдеткіші – 6001 ЛШК"), "6001", [("1409", (0.0005, 0.002))])]),
)  # fmt: skip
NO_EMISSION = (("выбросы загрязняющих веществ отсутствуют (нагрев без деструкции полимера, охлаждение водой)",
                "ластаушы заттар шығарындылары жоқ (полимер деструкциясыз қыздыру, сумен салқындату)"))


def emissions_hr2(doc: Doc) -> None:
    """A plastics works' НДВ table that starts from the equipment: the machine group, its hours, then a cell saying where
    its exhaust goes — the source's number written inside it (`местные отсосы → крышный вентилятор ИЗА 0002`, `циклон
    ЦН-11 → ИЗА 0003`, `неорганизованно … – ИЗА 6001`) — then the substance by name, g/s and t/year, and the code and
    class only in the last two columns; a machine group with no emission whose row says so, polymer dusts with an ОБУВ
    and no class, a total (VI: a plastics recycler's loads by stage from factors per tonne of granulate, kg a day and
    g/s, the stack named in words)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hr2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant, groups = doc.pick(PLASTIC_PLANTS)
    doc.h(g("Проект нормативов допустимых выбросов на 2026–2035 годы", "2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(plant[L])
    doc.p(g("В таблице источники выделения (технологическое оборудование) сгруппированы по способу отвода выбросов; номера "
            "источников выброса (ИЗА) указаны в графе 3.",
            "Кестеде бөліну көздері (технологиялық жабдық) шығарындыларды бұру тәсілі бойынша топтастырылған; шығарынды "
            "көздерінің нөмірлері (ЛШК) 3-бағанда көрсетілген.", ""))
    rows = [g(["Источник выделения (оборудование)", "Время работы, ч/год", "Отвод выбросов", "Загрязняющее вещество", "Выброс, г/с",
               "Выброс, т/год", "Код ЗВ", "Класс опасности"],
              ["Бөліну көзі (жабдық)", "Жұмыс уақыты, сағ/жыл", "Шығарындыларды бұру", "Ластаушы зат", "Шығарынды, г/с",
               "Шығарынды, т/жыл", "ЛЗ коды", "Қауіптілік сыныбы"], []),
            ["1", "2", "3", "4", "5", "6", "7", "8"]]
    merges = []
    all_g, all_t, numbers = [], [], []
    for names, (lo, hi), where, number, items in groups:
        hours = r.randint(lo // 100, hi // 100) * 100
        if not items:
            rows.append([names[L], num(hours, doc.lang), NO_EMISSION[L], None, None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 7))
            continue
        start = len(rows)
        for j, (c, (glo, ghi)) in enumerate(items):
            gs = rate(r, glo, ghi, 3)
            t = _sig(gs * hours * 3600 / 1e6, 3)
            hz = PLASTIC_AIR[c][1]
            rows.append([names[L] if j == 0 else None, num(hours, doc.lang) if j == 0 else None, where[L] if j == 0 else None,
                         PLASTIC_AIR[c][0][L], num(gs, doc.lang), num(t, doc.lang), c, str(hz) if hz else "–"])
            doc.add("emissions", emission(c, gs, t, number, hz))
            all_g.append(gs)
            all_t.append(t)
        if len(items) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(3)]
        numbers.append(number)
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, num(round(sum(all_g), 6), doc.lang),
                 num(round(sum(all_t), 6), doc.lang), "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(g("Таблица 3.1 – Источники выделения и выбросы загрязняющих веществ", "3.1-кесте – Бөліну көздері және ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.p(g("Для полимерных пылей без ПДК класс опасности не установлен; нормирование выполнено по ОБУВ.",
            "ШЖК жоқ полимер шаңдары үшін қауіптілік сыныбы белгіленбеген; нормалау ОБҚД бойынша орындалды.", ""))
    maybe_distractor(doc)


VN_STAGE_AIR = {"2902": "Bụi tổng", "0337": "CO", "1325": "Formaldehyt", "1555": "Axit axetic"}
# (stage, where to or None, [(code, kg per tonne of granulate (low, high))])
VN_STAGES = (
    ("Phân loại, cắt và nghiền phế liệu nhựa (02 máy nghiền)", "Ống thải số 1, sau cyclon và thiết bị lọc bụi túi vải",
     [("2902", (0.25, 0.6))]),
    ("Rửa, sấy ly tâm mảnh nhựa", None, []),
    ("Đùn nóng chảy, tạo hạt (02 máy đùn trục vít đơn)", "Ống thải số 2, sau tháp hấp phụ than hoạt tính",
     [("0337", (0.05, 0.15)), ("1325", (0.004, 0.012)), ("1555", (0.01, 0.04))]),
    ("Đóng bao hạt nhựa thành phẩm", "Phát tán trong nhà xưởng (không có ống thải)", [("2902", (0.02, 0.06))]),
)


def _emissions_hr2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Nhà máy tái chế hạt nhựa PET Phương Nam", "Xưởng tái chế nhựa Minh Khai Xanh", "Cơ sở tạo hạt nhựa tái sinh Như Quỳnh"))
    cap = r.randint(10, 30)
    hours = r.choice((16, 20))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.1.2. Nguồn phát sinh và tải lượng bụi, khí thải")
    doc.p(f"Công suất tạo hạt {cap} tấn sản phẩm/ngày; cơ sở hoạt động {hours} giờ/ngày, 300 ngày/năm. Hệ số phát thải tham khảo "
          "tài liệu của WHO (1993) và US EPA (AP-42) cho công đoạn nghiền và gia nhiệt nhựa nhiệt dẻo.")
    rows = [["TT", "Công đoạn", "Nguồn thải", "Chất ô nhiễm", "Hệ số phát thải (kg/tấn sản phẩm)", "Tải lượng (kg/ngày)", "Tải lượng (g/s)"]]
    merges = []
    for k, (stage, where, items) in enumerate(VN_STAGES, 1):
        if not items:
            rows.append([str(k), stage, "Không phát sinh khí thải (chỉ có hơi nước)", None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 6))
            continue
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(items):
            factor = rate(r, lo, hi, 2)
            kg = round(factor * cap, 3)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            rows.append([str(k) if j == 0 else None, stage if j == 0 else None, where if j == 0 else None, VN_STAGE_AIR[c],
                         num(factor, "vi"), num(kg, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(c, gs, None))
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải từ các công đoạn sản xuất", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng (g/s) tính cho thời gian hoạt động trong ngày của công đoạn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, hazardous, (RU, KK) waste, [((RU, KK) line, material (low, high) t/year, norm % (low, high))], (RU, KK) handling)
LINE_WASTES = (
    ("07 02 13", False, ("Обрезь и технологические отходы многослойной плёнки", "Көп қабатты пленканың кесінділері мен технологиялық қалдықтары"), [
        (("печать (приладка, смена тиража)", "басу (баптау, тиражды ауыстыру)"), (300, 900), (1.8, 3.5)),
        (("ламинация", "ламинациялау"), (250, 700), (0.8, 1.6)),
        (("продольная резка", "бойлық кесу"), (400, 1000), (2.0, 4.0)),
        (("пакетоделательные машины", "пакет жасайтын машиналар"), (80, 250), (1.5, 3.0))],
     ("передается на переработку по договору", "шарт бойынша қайта өңдеуге беріледі")),
    ("08 03 14*", True, ("Шлам печатной краски (отстой от промывки красочных аппаратов)", "Баспа бояуының шламы (бояу аппараттарын жуудан қалған тұнба)"), [
        (("ЦП-машина флексопечати, 8 красок (расход краски)", "Флексобасудың ЦП-машинасы, 8 бояу (бояу шығыны)"), (28, 55), (1.5, 3.0)),
        (("узкорулонная этикеточная машина (расход краски)", "тар орамды заттаңба машинасы (бояу шығыны)"), (4, 12), (2.0, 4.0))],
     ("передается специализированной организации на обезвреживание", "залалсыздандыруға мамандандырылған ұйымға беріледі")),
    ("08 04 09*", True, ("Отходы клея полиуретанового (остатки в смесителе, брак дозирования)", "Полиуретан желімінің қалдықтары (араластырғыштағы қалдықтар, мөлшерлеу ақауы)"), [
        (("ламинатор сольвентный (расход клея)", "еріткішті ламинатор (желім шығыны)"), (9, 24), (1.0, 2.5)),
        (("ламинатор бессольвентный (расход клея)", "еріткішсіз ламинатор (желім шығыны)"), (15, 40), (0.5, 1.5))],
     ("передается специализированной организации на обезвреживание", "залалсыздандыруға мамандандырылған ұйымға беріледі")),
    ("15 01 01", False, ("Гильзы картонные и бумажная упаковка сырья", "Картон гильзалар мен шикізаттың қағаз қаптамасы"), [
        (("плёнка БОПП, ПЭТ, ПЭ в рулонах (масса сырья)", "орамдардағы БОПП, ПЭТ, ПЭ пленкасы (шикізат массасы)"), (600, 1400), (0.4, 0.9)),
        (("краски и клеи в гофротаре (масса сырья)", "гофрленген ыдыстағы бояулар мен желімдер (шикізат массасы)"), (40, 90), (1.5, 3.0))],
     ("передается на переработку по договору", "шарт бойынша қайта өңдеуге беріледі")),
)  # fmt: skip
# (code, hazardous, (RU, KK) waste, (low, high) t/year, (RU, KK) handling) written with their amount only
SINGLE_WASTES = (
    ("15 02 02*", True, ("Ветошь, загрязненная краской и растворителем", "Бояумен және еріткішпен ластанған шүберек"), (0.4, 1.6),
     ("передается специализированной организации на обезвреживание", "залалсыздандыруға мамандандырылған ұйымға беріледі")),
    ("20 01 21*", True, ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), (0.01, 0.05),
     ("передаются на демеркуризацию", "демеркуризацияға беріледі")),
    ("20 03 01", False, ("Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар"), (3, 9),
     ("вывозятся на полигон ТБО", "ҚТҚ полигонына шығарылады")),
)  # fmt: skip


def wastes_hr1(doc: Doc) -> None:
    """A flexible-packaging plant's wastes worked out from the technological norms of losses: each waste a group row with
    its code and name, then a row per production line with the material processed, the norm in per cent and the line's
    part, and an `Итого по виду отхода` row carrying the waste's amount and where it goes — only the closing rows (and
    the few wastes written on one row with their amount alone) are items, the line rows are parts of them (VI: a gravure
    plant's CTNH by machine under a group row per waste with the code in brackets, a `Cộng` row per waste in kilograms a
    year, ordinary wastes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hr1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Раздел 5. Отходы производства и потребления", "5-бөлім. Өндіріс және тұтыну қалдықтары", ""))
    doc.p(g("Количество технологических отходов определено по нормативам технологических потерь, установленным технологическим "
            "регламентом предприятия для каждого участка, от массы перерабатываемого материала за 2025 год.",
            "Технологиялық қалдықтардың мөлшері 2025 жылы өңделген материал массасынан кәсіпорынның технологиялық регламентімен "
            "әрбір учаске үшін белгіленген технологиялық шығын нормативтері бойынша анықталды.", ""))
    rows = [g(["Код", "Наименование отхода / участок образования", "Масса материала, т/год", "Норматив образования, %", "Образование, т/год",
               "Обращение"],
              ["Коды", "Қалдықтың атауы / түзілу учаскесі", "Материал массасы, т/жыл", "Түзілу нормативі, %", "Түзілуі, т/жыл", "Қалдықпен жұмыс"], [])]
    merges = []
    total = []
    for code, hazardous, names, lines, handling in LINE_WASTES:
        rows.append([code, names[L], None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        parts = []
        for line, (lo, hi), (nlo, nhi) in lines:
            base = round(rate(r, lo, hi, 3), 1)
            norm = round(r.uniform(nlo, nhi), 1)
            part = round(base * norm / 100, 3)
            parts.append(part)
            rows.append(["", f"– {line[L]}", num(base, doc.lang), num(norm, doc.lang), num(part, doc.lang), ""])
        amount = round(sum(parts), 3)
        rows.append(["", g("Итого по виду отхода", "Қалдық түрі бойынша жиыны", ""), "", "", num(amount, doc.lang), handling[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(names[L], 3)})
        total.append(amount)
    for code, hazardous, names, (lo, hi), handling in SINGLE_WASTES:
        amount = round(rate(r, lo, hi, 2), 3)
        rows.append([code, names[L], "–", "–", num(amount, doc.lang), handling[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(names[L], 3)})
        total.append(amount)
    rows.append(["", g("Всего отходов", "Барлық қалдықтар", ""), "", "", num(round(sum(total), 3), doc.lang), ""])
    doc.table(g("Таблица 5.2 – Расчет образования отходов по нормативам технологических потерь",
                "5.2-кесте – Технологиялық шығын нормативтері бойынша қалдықтардың түзілуін есептеу", ""), rows, merges, role="wastes")
    doc.p(g("Отходы, образующиеся на нескольких участках, учитываются по виду отхода в целом; строки участков показывают "
            "распределение количества по местам образования.",
            "Бірнеше учаскеде түзілетін қалдықтар қалдық түрі бойынша тұтастай есепке алынады; учаскелер жолдары мөлшердің "
            "түзілу орындары бойынша бөлінуін көрсетеді.", ""))
    maybe_distractor(doc)


# (CTNH code, name, [(machine, (low, high) kg/year)])
VN_LINE_WASTES = (
    ("08 02 01", "Mực in thải có các thành phần nguy hại", [("Máy in ống đồng 9 màu số 1", (800, 2200)), ("Máy in ống đồng 9 màu số 2", (600, 1800)),
                                                            ("Máy in flexo 6 màu", (150, 500))]),
    ("08 02 02", "Bùn thải có mực in có các thành phần nguy hại (cặn máng mực, cặn bồn rửa)", [("Máy in ống đồng 9 màu số 1", (300, 900)),
                                                                                               ("Máy in ống đồng 9 màu số 2", (250, 800))]),
    ("08 03 01", "Chất kết dính và chất bịt kín thải có dung môi hữu cơ (keo ghép thừa, keo hỏng)", [("Máy ghép màng khô", (200, 700)),
                                                                                                     ("Máy ghép màng không dung môi", (80, 300))]),
    ("17 08 03", "Các loại dung môi và hỗn hợp dung môi thải khác (dung môi rửa trục in, máng mực)", [("Khu vực rửa trục in", (400, 1500)),
                                                                                                      ("Máy ghép màng khô", (100, 400))]),
    ("18 02 01", "Giẻ lau, găng tay, vải lọc nhiễm mực in và dung môi", [("Xưởng in", (300, 900)), ("Xưởng ghép màng", (100, 350)),
                                                                          ("Khu vực pha mực", (60, 200))]),
)
VN_SCRAP = (("Biên màng, màng in lỗi, đầu cuộn", (60, 180)), ("Lõi giấy, bao bì carton thải", (8, 25)), ("Pallet gỗ hư hỏng", (3, 10)))


def _wastes_hr1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Nhà máy in và sản xuất bao bì mềm Phú Lâm",
                     "Nhà máy sản xuất bao bì màng ghép Thành Đạt"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.3. Công trình, biện pháp lưu giữ, xử lý chất thải rắn và chất thải nguy hại")
    doc.p("Khối lượng CTNH phát sinh được thống kê theo từng máy, dây chuyền dựa trên sổ theo dõi năm 2025 của cơ sở.")
    rows = [["TT", "Tên chất thải / nơi phát sinh", "Trạng thái tồn tại", "Khối lượng (kg/năm)"]]
    merges = []
    for k, (code, waste, machines) in enumerate(VN_LINE_WASTES, 1):
        state = "Lỏng" if code in ("08 02 01", "17 08 03") else ("Bùn" if code == "08 02 02" else "Rắn")
        rows.append([str(k), f"{waste} (mã CTNH: {code})", state, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
        parts = []
        for m, (lo, hi) in machines:
            kg = float(r.randint(lo, hi))
            parts.append(kg)
            rows.append(["", f"- {m}", "", num(kg, "vi")])
        kg = sum(parts)
        rows.append(["", "Cộng", "", num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(waste, 4)})
    doc.table("Bảng 3.7. Khối lượng chất thải nguy hại phát sinh theo nơi phát sinh", rows, merges, role="wastes")
    rows2 = [["TT", "Tên chất thải rắn công nghiệp thông thường", "Khối lượng (tấn/năm)", "Biện pháp quản lý"]]
    for k, (waste, (lo, hi)) in enumerate(VN_SCRAP, 1):
        t = round(r.uniform(lo, hi), 1)
        rows2.append([str(k), waste, num(t, "vi"), "Bán cho đơn vị tái chế" if k < 3 else "Chuyển giao cho đơn vị thu gom"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": waste})
    doc.table("Bảng 3.8. Chất thải rắn công nghiệp thông thường", rows2, role="wastes")
    maybe_distractor(doc)


# (code, hazardous, (RU, KK) waste, unit, quarter (low, high))
CUM_WASTES = (
    ("07 02 13", False, ("Отходы полимеров (брак, литники, пусковые отходы, обрезь)", "Полимер қалдықтары (ақау, құйма қалдықтары, іске қосу қалдықтары, кесінділер)"),
     "т", (6, 22)),
    ("15 01 02", False, ("Полимерная упаковка из-под гранулята (биг-бэги, мешки)", "Гранулят қаптамасы (биг-бэгтер, қаптар)"), "т", (0.3, 1.2)),
    ("15 01 01", False, ("Картонная упаковка (гофрокороба, прокладки)", "Картон қаптама (гофрақораптар, төсемдер)"), "т", (0.4, 1.8)),
    ("13 01 10*", True, ("Отработанное гидравлическое масло термопластавтоматов и экструдеров", "Термопласт автоматтары мен экструдерлердің пайдаланылған гидравликалық майы"),
     "т", (0.05, 0.4)),
    ("15 02 02*", True, ("Промасленная ветошь и фильтрующие материалы", "Майланған шүберек пен сүзгі материалдары"), "т", (0.02, 0.09)),
    ("20 01 21*", True, ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), "кг", (2, 14)),
    ("20 03 01", False, ("Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар"), "т", (1.2, 3.5)),
)  # fmt: skip


def _cumulate(r, lo: float, hi: float, digits: int) -> list[float]:
    """Four quarters' amounts as a report adds them up from the start of the year."""
    out, acc = [], 0.0
    for _ in range(4):
        acc = round(acc + round(r.uniform(lo, hi), digits), digits)
        out.append(acc)
    return out


def wastes_hr2(doc: Doc) -> None:
    """A plastics processor's report on the formation and movement of its wastes written cumulatively from the start of
    the year, as statistical forms do — `за I квартал | за I полугодие | за 9 месяцев | за 2025 год` — so the year's
    column alone is the amount and the columns must not be added up; a unit column with lamps in kilograms, the
    receiver last (VI: a plastics recycler's annual report with `Quý I | Lũy kế 6 tháng | Lũy kế 9 tháng | Cả năm 2025`
    in kilograms, CTNH with their codes, ordinary wastes without)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hr2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick((("ТОО «PetForm Karaganda»", "«PetForm Karaganda» ЖШС"), ("ТОО «Aktobe Polymer Pipe»", "«Aktobe Polymer Pipe» ЖШС")))[L]
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {operator}",
            f"{operator}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("4. Сведения об образовании и движении отходов", "4. Қалдықтардың түзілуі мен қозғалысы туралы мәліметтер", ""))
    doc.p(g("Данные приведены нарастающим итогом с начала отчетного года по журналу учета отходов.",
            "Деректер қалдықтарды есепке алу журналы бойынша есепті жылдың басынан бастап өсу қорытындысымен келтірілген.", ""))
    receivers = g(("ТОО «ПолимерВторРесурс» (переработка)", "ТОО «ЭкоУтиль-Сервис» (обезвреживание)", "ТОО «Таза Қала» (полигон)"),
                  ("«ПолимерВторРесурс» ЖШС (қайта өңдеу)", "«ЭкоУтиль-Сервис» ЖШС (залалсыздандыру)", "«Таза Қала» ЖШС (полигон)"), ())
    rows = [g(["№", "Наименование отхода", "Код", "Ед. изм.", "Образовано нарастающим итогом", None, None, None, "Передано"],
              ["№", "Қалдықтың атауы", "Коды", "Өлш. бірл.", "Өсу қорытындысымен түзілді", None, None, None, "Берілді"], []),
            g([None, None, None, None, "за I квартал", "за I полугодие", "за 9 месяцев", "за 2025 год", None],
              [None, None, None, None, "I тоқсанда", "I жарты жылдықта", "9 айда", "2025 жылы", None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    for k, (code, hazardous, names, unit, (lo, hi)) in enumerate(CUM_WASTES, 1):
        kg = unit == "кг"
        cum = _cumulate(r, lo, hi, 0 if kg else 3)
        to = receivers[2] if code == "20 03 01" else receivers[0] if not hazardous else receivers[1]
        rows.append([str(k), names[L], code, g(unit, unit, ""), *(num(v, doc.lang) for v in cum), to])
        amount = _t(cum[-1]) if kg else cum[-1]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(names[L], 3)})
    doc.table(g("Таблица 4.1 – Образование отходов в 2025 году (нарастающим итогом)", "4.1-кесте – 2025 жылы қалдықтардың түзілуі (өсу қорытындысымен)", ""),
              rows, merges, role="wastes")
    doc.p(g("Графа «за 2025 год» соответствует количеству отходов, образованных за отчетный год.",
            "«2025 жылы» бағаны есепті жылы түзілген қалдықтар мөлшеріне сәйкес келеді.", ""))
    maybe_distractor(doc)


# (CTNH code or None, name, (low, high) kg a quarter)
VN_CUM_WASTES = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước thải rửa phế liệu", (1500, 6000)),
    ("18 02 01", "Than hoạt tính thải từ tháp hấp phụ khí thải", (150, 600)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu mỡ", (20, 90)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (30, 160)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (3, 12)),
    (None, "Tạp chất, nhãn mác, nắp chai loại ra từ khâu phân loại phế liệu", (8000, 26000)),
    (None, "Lưới lọc máy đùn và cặn nhựa cháy thải", (300, 1200)),
)


def _wastes_hr2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Nhà máy tái chế hạt nhựa PET Phương Nam", "Xưởng tái chế nhựa Minh Khai Xanh", "Cơ sở tạo hạt nhựa tái sinh Như Quỳnh"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.h("3. Kết quả quản lý chất thải rắn và chất thải nguy hại")
    doc.p("Số liệu được tổng hợp lũy kế từ đầu năm theo sổ giao nhận chất thải và chứng từ chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, None, "Đơn vị tiếp nhận"],
            [None, None, None, "Quý I", "Lũy kế 6 tháng", "Lũy kế 9 tháng", "Cả năm 2025", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 6)]
    for k, (code, waste, (lo, hi)) in enumerate(VN_CUM_WASTES, 1):
        cum = _cumulate(r, lo, hi, 0)
        rows.append([str(k), waste, code or "-", *(num(v, "vi") for v in cum),
                     "Công ty TNHH Môi trường Xanh Sài Gòn" if code else "Đơn vị thu gom chất thải công nghiệp thông thường"])
        doc.add("wastes", {"code": f"{code}*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                           "amount_t": _t(cum[-1]), "name_contains": _words(waste, 4)})
    doc.table("Bảng 3.1. Khối lượng chất thải phát sinh năm 2025 (số liệu lũy kế)", rows, merges, role="wastes")
    doc.p("Ghi chú: cột «Cả năm 2025» là tổng khối lượng phát sinh trong năm báo cáo.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: ((RU, KK) name, technological norm mg/Nm3 options, inlet (low, high) mg/Nm3)
AFTERBURNER = {
    "1061": (("Этанол", "Этанол"), (150, 200), (900, 2600)),
    "1240": (("Этилацетат", "Этилацетат"), (100, 150), (400, 1800)),
    "1051": (("Пропан-2-ол", "Пропан-2-ол"), (80, 100), (250, 900)),
    "1119": (("2-Этоксиэтанол", "2-Этоксиэтанол"), (20, 30), (40, 160)),
    "0337": (("Углерод оксид", "Көміртек оксиді"), (100, 150), (5, 25)),
}
# (number, (RU, KK) source, codes)
AFTERBURNER_SOURCES = (
    ("0001", ("ЦП-машина флексопечати, каталитический дожиг УКО-1", "Флексобасудың ЦП-машинасы, КТҚ-1 каталитикалық жағу"),
     ("1061", "1240", "1051", "1119", "0337")),
    ("0002", ("Ламинатор, термический дожиг УКО-2", "Ламинатор, КТҚ-2 термиялық жағу"), ("1240", "0337")),
)


def limits_hr1(doc: Doc) -> None:
    """A laboratory's protocol at a printing house's two afterburners: a row spanning the table per source with its gas
    flow, then per substance the concentration and the mass rate at the afterburner's inlet and at its outlet (the
    stack) under merged headers, the КЭР's technological norm in mg/Nm3 and g/s, and the efficiency — the norm binds the
    outlet only, the inlet is no measured value of any limit; carbon monoxide formed in the burner with an inlet near
    nothing (VI: a gravure plant's activated-carbon adsorber, before and after treatment at stack KT1, the after-treatment
    value against QCVN 20:2009/BTNMT, the gas flow without a limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hr1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    number = f"{r.randint(120, 890)}-И/25"
    day = f"{r.randint(2, 27):02d}.{r.choice(('03', '06', '09', '10'))}.2025"
    doc.h(g(f"Протокол инструментальных измерений № {number}", f"Аспаптық өлшеулер хаттамасы № {number}", ""))
    doc.p(g(f"Объект: флексографская типография (печать и ламинация гибкой упаковки). Дата измерений: {day}. Отбор проб – на "
            "входе в установку каталитического окисления (УКО) и в дымовой трубе после нее; анализ – газовая хроматография. "
            "Концентрации приведены к нормальным условиям (273 К, 101,3 кПа).",
            f"Объект: флексографиялық баспахана (икемді қаптаманы басу және ламинациялау). Өлшеу күні: {day}. Сынама алу – "
            "каталитикалық тотықтыру қондырғысының (КТҚ) кірісінде және одан кейінгі түтін мұржасында; талдау – газ хроматографиясы. "
            "Концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа) келтірілген.", ""))
    rows = [g(["Загрязняющее вещество", "Код", "На входе в УКО", None, "На выходе (ИЗА)", None, "Технологический норматив (КЭР)", None,
               "Эффективность очистки, %"],
              ["Ластаушы зат", "Коды", "КТҚ кірісінде", None, "Шығысында (ЛШК)", None, "Технологиялық норматив (КЭР)", None,
               "Тазарту тиімділігі, %"], []),
            [None, None, g("C, мг/Нм3", "C, мг/Нм3", ""), g("M, г/с", "M, г/с", ""), g("C, мг/Нм3", "C, мг/Нм3", ""), g("M, г/с", "M, г/с", ""),
             g("C, мг/Нм3", "C, мг/Нм3", ""), g("M, г/с", "M, г/с", ""), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 8, 1, 8)]
    for number_s, names, codes in AFTERBURNER_SOURCES:
        flow = round(r.uniform(1.6, 3.4), 2)
        _span(rows, merges, g(f"ИЗА {number_s} – {names[0]}; объем газовоздушной смеси Q = {num(flow, 'ru')} Нм3/с",
                              f"{number_s} ЛШК – {names[1]}; газ-ауа қоспасының көлемі Q = {num(flow, 'kk')} Нм3/с", ""), 9)
        for c in codes:
            (n_ru, n_kk), options, (lo, hi) = AFTERBURNER[c]
            norm = float(r.choice(options))
            inlet = _sig(r.uniform(lo, hi), 3)
            if c == "0337":
                out = _sig(norm * r.uniform(0.2, 0.7), 3)
                eff = "–"
            else:
                out = _sig(min(inlet * r.uniform(0.015, 0.06), norm * r.uniform(0.3, 0.95)), 3)
                eff = num(round((1 - out / inlet) * 100, 1), doc.lang)
            rows.append([(n_ru, n_kk)[L], c, num(inlet, doc.lang), num(_sig(inlet * flow / 1000, 3), doc.lang), num(out, doc.lang),
                         num(_sig(out * flow / 1000, 3), doc.lang), num(norm, doc.lang), num(_sig(norm * flow / 1000, 3), doc.lang), eff])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number_s, out))
    doc.table(g("Таблица 1 – Результаты измерений на установках очистки", "1-кесте – Тазарту қондырғыларындағы өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in AFTERBURNER_SOURCES))
    doc.p(g("Соответствие технологическим нормативам оценивается по концентрациям на выходе из УКО. Оксид углерода образуется при "
            "дожиге и на входе не нормируется.",
            "Технологиялық нормативтерге сәйкестік КТҚ шығысындағы концентрациялар бойынша бағаланады. Көміртек оксиді жағу кезінде "
            "түзіледі және кірісте нормаланбайды.", ""))


# code: (VI name, QCVN 20:2009/BTNMT mg/Nm3, inlet (low, high))
VN_ADSORBER = {"0621": ("Toluen", 750, (600, 2400)), "0616": ("Xylen", 870, (80, 400)), "1210": ("Butyl axetat", 950, (150, 700)),
               "1401": ("Axeton", 2400, (100, 600))}


def _limits_hr1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Nhà máy in và sản xuất bao bì mềm Phú Lâm",
                     "Nhà máy sản xuất bao bì màng ghép Thành Đạt"))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III', 'IV'))}/2025 – {name.upper()}")
    doc.p("Vị trí lấy mẫu: đầu vào tháp hấp phụ than hoạt tính và ống thải KT1 sau hệ thống xử lý hơi dung môi của máy in ống đồng. "
          "Quy chuẩn so sánh: QCVN 20:2009/BTNMT – nồng độ tối đa cho phép của các chất hữu cơ trong khí thải công nghiệp.")
    rows = [["TT", "Thông số", "Đơn vị", "Trước hệ thống xử lý", "Sau hệ thống xử lý (ống thải KT1)", "Hiệu suất xử lý (%)", "QCVN 20:2009/BTNMT"],
            ["1", "Lưu lượng khí thải", "m3/h", num(r.randint(180, 320) * 100, "vi"), num(r.randint(185, 330) * 100, "vi"), "-", "-"]]
    codes = [c for c in VN_ADSORBER if c in ("0621", "1401") or r.random() < 0.7]
    for k, c in enumerate(codes, 2):
        label, lim, (lo, hi) = VN_ADSORBER[c]
        before = _sig(r.uniform(lo, hi), 3)
        after = _sig(before * r.uniform(0.08, 0.25), 3)
        rows.append([str(k), label, "mg/Nm3", num(before, "vi"), num(after, "vi"), num(round((1 - after / before) * 100, 1), "vi"), num(lim, "vi")])
        add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", None, "KT1", after))
    doc.table("Bảng 2. Kết quả phân tích khí thải trước và sau hệ thống xử lý", rows, role="limits")
    doc.p("Nhận xét: nồng độ các chất hữu cơ sau hệ thống xử lý đều nằm trong giới hạn cho phép của QCVN 20:2009/BTNMT; giá trị "
          "trước xử lý chỉ dùng để đánh giá hiệu suất của tháp hấp phụ.")
    maybe_distractor(doc)


# code: ((RU, KK) name, (low, high) mg/Nm3) of the solvents counted in the sum of VOC
VOC_PARTS = {"1240": (("этилацетат", "этилацетат"), (3, 18)), "1061": (("этанол", "этанол"), (4, 22)),
             "1051": (("пропан-2-ол", "пропан-2-ол"), (1, 8)), "1119": (("2-этоксиэтанол", "2-этоксиэтанол"), (0.3, 2.5))}
# code: ((RU, KK) name, technological norm mg/Nm3, (low, high) share of it) at the ink kitchen's untreated exhaust
KITCHEN = {"1240": (("Этилацетат", "Этилацетат"), 300, (0.3, 0.9)), "1051": (("Пропан-2-ол", "Пропан-2-ол"), 250, (0.2, 0.8)),
           "1061": (("Этанол", "Этанол"), None, (40, 160))}


def limits_hr2(doc: Doc) -> None:
    """A flexible-packaging plant's report on ПЭК, the results of control at two sources against the КЭР: the regenerative
    thermal oxidiser's stack (ИЗА 0001) is normed for the sum of volatile organic compounds counted as carbon only, its
    solvents measured on `в том числе` rows with no norm of their own; the untreated exhaust of the ink kitchen (ИЗА 0002)
    has norms for single solvents, ethanol measured without one, and its sum of VOC given without a norm (VI: ambient air
    around a plastics recycling cluster, each point sampled in the morning and the afternoon, one-hour values of QCVN
    05:2023 and QCVN 06:2009 as the first row, a `Tổng VOC` column with no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hr2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    q = doc.pick(("I", "II", "III"))
    sum_norm = float(r.choice((20, 30, 50)))
    doc.h(g(f"Отчет по программе производственного экологического контроля за {q} квартал 2025 года", f"2025 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("3.1. Контроль соблюдения технологических нормативов на источниках выбросов",
            "3.1. Шығарынды көздерінде технологиялық нормативтердің сақталуын бақылау", ""))
    doc.p(g("Для ИЗА 0001 комплексным экологическим разрешением установлен технологический норматив по сумме летучих органических "
            "соединений (ЛОС) в пересчете на углерод; отдельные растворители определяются для расчета суммы. Для ИЗА 0002 "
            "нормативы установлены по отдельным веществам.",
            "0001 ЛШК үшін кешенді экологиялық рұқсатпен көміртекке шаққандағы ұшпа органикалық қосылыстар (ҰОҚ) сомасы бойынша "
            "технологиялық норматив белгіленген; жекелеген еріткіштер соманы есептеу үшін анықталады. 0002 ЛШК үшін нормативтер "
            "жекелеген заттар бойынша белгіленген.", ""))
    rows = [g(["№ п/п", "Загрязняющее вещество", "Код", "Ед. изм.", "Технологический норматив", "Фактическая концентрация (среднее из 3 проб)",
               "Соответствие"],
              ["Р/с №", "Ластаушы зат", "Коды", "Өлш. бірл.", "Технологиялық норматив", "Нақты концентрация (3 сынаманың орташасы)", "Сәйкестігі"], [])]
    merges: list = []
    ok, na = g("соответствует", "сәйкес", ""), g("не нормируется", "нормаланбайды", "")
    unit = g("мг/Нм3", "мг/Нм3", "")
    _span(rows, merges, g("ИЗА 0001 – дымовая труба регенеративного термоокислителя (RTO) печатного и ламинационного цехов",
                          "0001 ЛШК – баспа және ламинациялау цехтарының регенеративті термототықтырғышының (RTO) түтін мұржасы", ""), 7)
    parts = {c: _sig(r.uniform(*VOC_PARTS[c][1]), 2) for c in VOC_PARTS}
    total = _sig(sum(parts.values()) * r.uniform(0.5, 0.6), 3)
    rows.append(["1", g("Летучие органические соединения (сумма, в пересчете на углерод)", "Ұшпа органикалық қосылыстар (сомасы, көміртекке шаққанда)", ""),
                 "–", unit, num(sum_norm, doc.lang), num(total, doc.lang), ok if total <= sum_norm else g("превышение", "асу", "")])
    add(doc, {"medium": "flue_gas", "unit": "mg/Nm3", "column": None, "point": "0001", "limit": sum_norm, "limit_min": None,
              "limit_max": None, "value": total})
    rows.append(["", g("в том числе:", "оның ішінде:", ""), "", "", "", "", ""])
    for c, value in parts.items():
        rows.append(["", f"– {VOC_PARTS[c][0][L]}", c, unit, "–", num(value, doc.lang), na])
    _span(rows, merges, g("ИЗА 0002 – местная вытяжка краскоприготовительного отделения (без очистки)",
                          "0002 ЛШК – бояу дайындау бөлімшесінің жергілікті сорғышы (тазартусыз)", ""), 7)
    kitchen = {}
    for k, (c, ((n_ru, n_kk), norm, (lo, hi))) in enumerate(KITCHEN.items(), 2):
        if norm is None:
            value = _sig(r.uniform(lo, hi), 3)
            rows.append([str(k), (n_ru, n_kk)[L], c, unit, "–", num(value, doc.lang), na])
        else:
            value = _sig(norm * r.uniform(lo, hi), 3)
            rows.append([str(k), (n_ru, n_kk)[L], c, unit, num(norm, doc.lang), num(value, doc.lang), ok])
            add(doc, limit(("code", c), "flue_gas", float(norm), "mg/Nm3", None, "0002", value))
        kitchen[c] = value
    rows.append([str(len(KITCHEN) + 2), g("Летучие органические соединения (сумма)", "Ұшпа органикалық қосылыстар (сомасы)", ""), "–", unit, "–",
                 num(_sig(sum(kitchen.values()), 3), doc.lang), na])
    doc.table(g(f"Таблица 3.1 – Результаты контроля за {q} квартал 2025 года", f"3.1-кесте – 2025 жылғы {q} тоқсандағы бақылау нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    doc.p(g("Сумма ЛОС для ИЗА 0001 рассчитана по содержанию углерода в определенных веществах.",
            "0001 ЛШК үшін ҰОҚ сомасы анықталған заттардағы көміртек құрамы бойынша есептелді.", ""))
    maybe_distractor(doc)


# code: (VI label, one-hour limit µg/m3)
VN_CLUSTER_AIR = {"2902": ("Bụi TSP", 300), "0301": ("NO2", 200), "0337": ("CO", 30000), "0621": ("Toluen", 500), "0602": ("Benzen", 22)}
VN_CLUSTER_POINTS = (("KK1", "Cổng cụm công nghiệp, giáp đường liên xã"), ("KK2", "Khu dân cư thôn Minh Khai, cách khu tái chế 150 m cuối hướng gió"),
                     ("KK3", "Trường mầm non xã, cách khu tái chế 400 m"))


def _limits_hr2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH KHU VỰC TÁI CHẾ NHỰA – ĐỢT 2 NĂM 2025")
    doc.p("Mỗi vị trí được lấy mẫu hai lần trong ngày (buổi sáng 8h–9h và buổi chiều 14h–15h), mẫu trung bình 1 giờ. Giá trị giới "
          "hạn: QCVN 05:2023/BTNMT (bụi TSP, NO2, CO) và QCVN 06:2009/BTNMT (toluen, benzen). Đơn vị: µg/m3.")
    codes = list(VN_CLUSTER_AIR)
    rows = [["Ký hiệu", "Vị trí", "Thời điểm lấy mẫu", *(VN_CLUSTER_AIR[c][0] for c in codes), "Tổng VOC"],
            ["Giới hạn (trung bình 1 giờ)", None, None, *(num(VN_CLUSTER_AIR[c][1], "vi") for c in codes), "-"]]
    merges = [(1, 0, 1, 2)]
    for pid, place in VN_CLUSTER_POINTS:
        start = len(rows)
        for j, when in enumerate(("Sáng", "Chiều")):
            line = [pid if j == 0 else None, place if j == 0 else None, when]
            for c in codes:
                lim = VN_CLUSTER_AIR[c][1]
                if c == "0602" and r.random() < 0.4:
                    line.append("KPH")
                    add(doc, {k: x for k, x in limit(("code", c), "air", lim, "µg/m3", None, pid).items() if k != "value"})
                    continue
                high = {"0621": 1.1, "0337": 0.35}.get(c, 0.85)
                v = _sig(lim * r.uniform(0.05, high), 3)
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
            line.append(num(r.randint(120, 900), "vi"))
            rows.append(line)
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
    doc.table("Bảng 3.2. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; Tổng VOC đo bằng thiết bị PID cầm tay, chỉ mang tính tham khảo, chưa có quy chuẩn so sánh.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

MON_NAMES = {
    "1061": ("этанол", "этанол"), "1051": ("пропан-2-ол", "пропан-2-ол"), "1240": ("этилацетат", "этилацетат"),
    "2902": ("взвешенные частицы", "қалқыма бөлшектер"), "0301": ("азота диоксид", "азот диоксиді"), "0304": ("азот (II) оксид", "азот (II) оксиді"),
    "0337": ("углерод оксид", "көміртек оксиді"), "1119": ("2-этоксиэтанол", "2-этоксиэтанол"),
}
# ((RU, KK) group title, codes, [(number, (RU, KK) source, frequency options)])
MON_GROUPS = (
    (("Группа А. Сушка и приготовление спиртовых красок, лаков и смывок", "А тобы. Спиртті бояуларды, лактарды және жуғыштарды кептіру және дайындау"),
     ("1061", "1051", "1240"), [
        ("0001", ("Дымовая труба УКО-1 флексографской машины", "Флексографиялық машинаның КТҚ-1 түтін мұржасы"), ("quarterly",)),
        ("0003", ("Местная вытяжка краскоприготовительного отделения", "Бояу дайындау бөлімшесінің жергілікті сорғышы"), ("semiannual", "quarterly")),
        ("0004", ("Вытяжка моечной машины красочных аппаратов", "Бояу аппараттарын жуу машинасының сорғышы"), ("semiannual", "yearly"))]),
    (("Группа Б. Ламинация на клеях с этилацетатом", "Б тобы. Этилацетатты желімдермен ламинациялау"), ("1240",), [
        ("0002", ("Дымовая труба УКО-2 ламинатора", "Ламинатордың КТҚ-2 түтін мұржасы"), ("quarterly",)),
        ("0005", ("Вытяжка склада клеев и растворителей", "Желімдер мен еріткіштер қоймасының сорғышы"), ("yearly", "semiannual"))]),
    (("Группа В. Резка плёнки и дробление обрези", "В тобы. Пленканы кесу және кесінділерді ұсату"), ("2902",), [
        ("0006", ("Аспирация бобинорезок и дробилки обрези (циклон)", "Бобина кескіштер мен кесінді ұсатқышының аспирациясы (циклон)"),
         ("yearly", "semiannual"))]),
    (("Группа Г. Газовая котельная", "Г тобы. Газ қазандығы"), ("0301", "0304", "0337"), [
        ("0007", ("Дымовая труба котельной (2 котла по 0,5 МВт)", "Қазандықтың түтін мұржасы (0,5 МВт-тан 2 қазан)"), ("semiannual", "yearly"))]),
)  # fmt: skip


def monitoring_hr1(doc: Doc) -> None:
    """A flexible-packaging plant's plan-graph of control at its sources grouped by the kind of material they give off: a
    row spanning the table names each group and, in the same sentence, the substances controlled at every source of the
    group with their codes (`контролируются: этанол (1061), пропан-2-ол (1051), этилацетат (1240)`), and the source
    rows under it give only the number, the name, the frequency, the method and who measures — the substances of a
    source are read from its group row (VI: a gravure packaging plant's permit programme, `Nhóm thông số` rows listing
    the parameters above the stacks KT1…KT5 they apply to)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hr1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля на 2026–2028 годы. Раздел 4. Мониторинг эмиссий",
            "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Эмиссиялар мониторингі", ""))
    doc.p(g("Источники выбросов объединены в группы по виду используемых материалов; перечень контролируемых веществ указан в "
            "строке группы и относится ко всем источникам этой группы.",
            "Шығарынды көздері пайдаланылатын материалдардың түрі бойынша топтарға біріктірілген; бақыланатын заттардың тізбесі топ "
            "жолында көрсетілген және осы топтың барлық көздеріне қатысты.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Периодичность контроля", "Метод контроля", "Кем выполняется"],
              ["ЛШК №", "Шығарынды көзінің атауы", "Бақылау кезеңділігі", "Бақылау әдісі", "Кім орындайды"], [])]
    merges: list = []
    method = g("инструментальный", "аспаптық", "")
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    what = g("контролируются", "бақыланады", "")
    for (t_ru, t_kk), codes, sources in MON_GROUPS:
        names = ", ".join(f"{MON_NAMES[c][L]} ({c})" for c in codes)
        _span(rows, merges, f"{(t_ru, t_kk)[L]} – {what}: {names}", 5)
        for number, names_s, options in sources:
            word = r.choice(options)
            rows.append([number, names_s[L], freq(doc, word), method, lab])
            doc.add("monitoring", *({"source_number": number, "code": c, "frequency": word} for c in codes))
    doc.table(g("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылау кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Результаты измерений сопоставляются с нормативами допустимых выбросов (г/с) и включаются в ежеквартальный отчет по ПЭК.",
            "Өлшеу нәтижелері жол берілетін шығарындылар нормативтерімен (г/с) салыстырылады және ӨЭБ бойынша тоқсан сайынғы есепке "
            "енгізіледі.", ""))
    maybe_distractor(doc)


VN_MON_NAMES = {"0621": "Toluen", "0616": "Xylen", "1210": "Butyl axetat", "1401": "Axeton", "2902": "Bụi tổng", "0330": "SO2",
                "0301": "NOx (tính theo NO2)", "0337": "CO"}
VN_MON_GROUPS = (
    ("Nhóm thông số 1: lưu lượng, Toluen, Xylen, Butyl axetat, Axeton – áp dụng cho các ống thải sau hệ thống xử lý hơi dung môi",
     ("0621", "0616", "1210", "1401"), [("KT1", "Ống thải hệ thống hấp phụ than hoạt tính máy in ống đồng số 1", ("quarterly",)),
                                        ("KT2", "Ống thải hệ thống hấp phụ than hoạt tính máy in ống đồng số 2", ("quarterly",)),
                                        ("KT3", "Ống thải hệ thống xử lý hơi dung môi máy ghép màng khô", ("quarterly", "semiannual"))]),
    ("Nhóm thông số 2: lưu lượng, Bụi tổng – áp dụng cho ống thải của hệ thống lọc bụi", ("2902",),
     [("KT4", "Ống thải hệ thống lọc bụi túi vải khu vực chia cuộn, nghiền biên màng", ("semiannual", "yearly"))]),
    ("Nhóm thông số 3: lưu lượng, Bụi tổng, SO2, NOx (tính theo NO2), CO – áp dụng cho ống thải lò hơi", ("2902", "0330", "0301", "0337"),
     [("KT5", "Ống khói lò hơi dầu truyền nhiệt đốt viên nén sinh khối", ("quarterly", "semiannual"))]),
)


def _monitoring_hr1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Nhà máy in và sản xuất bao bì mềm Phú Lâm"))
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("Phụ lục III. CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI ĐỊNH KỲ")
    doc.p("Các thông số quan trắc được nêu tại dòng nhóm và áp dụng cho tất cả vị trí quan trắc thuộc nhóm đó.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges: list = []
    for title, codes, points in VN_MON_GROUPS:
        _span(rows, merges, title, 4)
        for pid, place, options in points:
            word = r.choice(options)
            std = "QCVN 20:2009/BTNMT" if codes[0] == "0621" else "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"
            rows.append([pid, place, freq(doc, word), std])
            doc.add("monitoring", *({"point": pid, "code": c, "frequency": word} for c in codes))
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc khí thải", rows, merges, role="monitoring")
    doc.p("Ngoài ra, chủ cơ sở theo dõi, ghi chép khối lượng mực in, dung môi, keo sử dụng hằng tháng vào sổ nhật ký vận hành.")
    maybe_distractor(doc)


def monitoring_hr2(doc: Doc) -> None:
    """A PET preform plant's control plan of its integrated management system (quality, environment): `процесс / место |
    характеристика | норматив | метод | объём выборки / частота | ответственный | реакция`, section rows for the
    product, the emissions, the waste water and the boundary of the protection zone; the frequency stands after the
    sample size in one cell (`1 замер (3 пробы) / ежеквартально`), and the product's own characteristics — among them
    acetaldehyde in the preform's wall, checked every shift, and the dew point recorded continuously — are no
    environmental monitoring (VI: the same control plan of a preform plant, `Cỡ mẫu / tần suất`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hr2_vi(doc)
        return
    g = doc.v
    doc.h(g("План управления (Control Plan) участка литья ПЭТ-преформ. Интегрированная система менеджмента (ISO 9001, ISO 14001)",
            "ПЭТ-преформаларды құю учаскесін басқару жоспары (Control Plan). Біріктірілген менеджмент жүйесі (ISO 9001, ISO 14001)", ""))
    doc.p(g("Редакция 4. Разделы А–Г плана объединяют контроль продукции и экологический контроль, предусмотренный программой ПЭК.",
            "4-редакция. Жоспардың А–Г бөлімдері өнімді бақылау мен ӨЭБ бағдарламасында көзделген экологиялық бақылауды біріктіреді.", ""))
    rows = [g(["№", "Процесс / место контроля", "Контролируемая характеристика", "Норматив / спецификация", "Метод", "Объём выборки / частота",
               "Ответственный", "Реакция на отклонение"],
              ["№", "Процесс / бақылау орны", "Бақыланатын сипаттама", "Норматив / спецификация", "Әдіс", "Іріктеме көлемі / жиілігі",
               "Жауапты", "Ауытқуға әрекет"], [])]
    merges: list = []
    once = g("1 замер (3 пробы)", "1 өлшеу (3 сынама)", "")
    sample = g("1 проба", "1 сынама", "")
    lab = g("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана", "")
    eco = g("инженер-эколог", "инженер-эколог", "")
    _span(rows, merges, g("А. Характеристики продукции", "А. Өнімнің сипаттамалары", ""), 8)
    rows += [["А.1", g("Литье преформ, ТПА № 1–4", "Преформаларды құю, № 1–4 ТПА", ""), g("Масса преформы, г", "Преформа массасы, г", ""),
              num(r.choice((21.5, 27.8, 32.0)), doc.lang) + " ± 0,3", g("весы лабораторные", "зертханалық таразы", ""),
              g("5 шт. с каждого ТПА / каждые 2 ч", "әр ТПА-дан 5 дана / әр 2 сағ сайын", ""), g("оператор ТПА", "ТПА операторы", ""),
              g("подналадка режима", "режимді баптау", "")],
             ["А.2", g("Литье преформ, ТПА № 1–4", "Преформаларды құю, № 1–4 ТПА", ""),
              g("Ацетальдегид в стенке преформы, мкг/г", "Преформа қабырғасындағы ацетальдегид, мкг/г", ""), "≤ 8",
              g("газовая хроматография", "газ хроматографиясы", ""), g("1 преформа с гнезда / 1 раз в смену", "ұядан 1 преформа / ауысымда 1 рет", ""),
              g("лаборант ОТК", "ТБО зертханашысы", ""), g("проверка режима сушки", "кептіру режимін тексеру", "")],
             ["А.3", g("Сушилка ПЭТ-гранулята", "ПЭТ-гранулят кептіргіші", ""), g("Точка росы осушенного воздуха, °C", "Құрғатылған ауаның шық нүктесі, °C", ""),
              "≤ –40", g("датчик точки росы", "шық нүктесінің датчигі", ""), g("непрерывно (регистратор)", "үздіксіз (тіркегіш)", ""),
              g("оператор сушилки", "кептіргіш операторы", ""), g("регенерация адсорбента", "адсорбентті қалпына келтіру", "")]]
    _span(rows, merges, g("Б. Выбросы в атмосферу (программа ПЭК)", "Б. Атмосфераға шығарындылар (ӨЭБ бағдарламасы)", ""), 8)
    air = (("0001", g("ИЗА 0001 – труба сушилок ПЭТ", "0001 ЛШК – ПЭТ кептіргіштерінің мұржасы", ""), "1317",
            g("Ацетальдегид (1317)", "Ацетальдегид (1317)", ""), doc.pick(("quarterly", "semiannual"))),
           ("0002", g("ИЗА 0002 – вентилятор участка ТПА", "0002 ЛШК – ТПА учаскесінің желдеткіші", ""), "1317",
            g("Ацетальдегид (1317)", "Ацетальдегид (1317)", ""), "quarterly"),
           ("0002", g("ИЗА 0002 – вентилятор участка ТПА", "0002 ЛШК – ТПА учаскесінің желдеткіші", ""), "0337",
            g("Углерод оксид (0337)", "Көміртек оксиді (0337)", ""), doc.pick(("semiannual", "yearly"))),
           ("0003", g("ИЗА 0003 – дробилка брака, после циклона", "0003 ЛШК – ақау ұсатқышы, циклоннан кейін", ""), "1544",
            g("Полиэтилентерефталат, пыль (1544)", "Полиэтилентерефталат, шаң (1544)", ""), "yearly"))
    for k, (number, place, c, label, word) in enumerate(air, 1):
        rows.append([f"Б.{k}", place, label, g("норматив НДВ, г/с", "ЖШН нормативі, г/с", ""), lab, f"{once} / {freq(doc, word)}", eco,
                     g("анализ причин, внеплановый замер", "себептерін талдау, жоспардан тыс өлшеу", "")])
        doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
    _span(rows, merges, g("В. Сточные воды", "В. Ағынды сулар", ""), 8)
    well = g("К-1 – выпуск в городскую канализацию", "К-1 – қалалық кәрізге шығару", "")
    water = (("pH", "6,5–9,0", "monthly"), ("COD", "≤ 500", "monthly"), ("TSS", "≤ 300", "monthly"), ("TPH", "≤ 10", doc.pick(("quarterly", "monthly"))))
    for k, (s, spec, word) in enumerate(water, 1):
        rows.append([f"В.{k}", well, vocab.water(s, doc.lang), spec, g("лаборатория по договору", "шарт бойынша зертхана", ""),
                     f"{sample} / {freq(doc, word)}", eco, g("уведомление водоканала", "су арнасын хабардар ету", "")])
        doc.add("monitoring", {"point": "К-1", "symbol": s, "frequency": word})
    _span(rows, merges, g("Г. Атмосферный воздух на границе СЗЗ", "Г. СҚА шекарасындағы атмосфералық ауа", ""), 8)
    for k, (pid, side) in enumerate((("Т-1", g("север", "солтүстік", "")), ("Т-2", g("юг", "оңтүстік", ""))), 1):
        rows.append([f"Г.{k}", g(f"{pid} – граница СЗЗ, {side}", f"{pid} – СҚА шекарасы, {side}", ""), g("Ацетальдегид (1317)", "Ацетальдегид (1317)", ""),
                     g("ПДК м.р. 0,01 мг/м3", "ШЖК б.р. 0,01 мг/м3", ""), lab, f"{sample} / {freq(doc, 'quarterly')}", eco, "–"])
        doc.add("monitoring", {"point": pid, "code": "1317", "frequency": "quarterly"})
    doc.table(g("Таблица 1 – План управления", "1-кесте – Басқару жоспары", ""), rows, merges, role="monitoring")
    doc.p(g("Характеристики раздела А относятся к качеству продукции и в отчет по ПЭК не включаются.",
            "А бөлімінің сипаттамалары өнім сапасына жатады және ӨЭБ бойынша есепке енгізілмейді.", ""))


def _monitoring_hr2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KIỂM SOÁT (CONTROL PLAN) – XƯỞNG ÉP PHÔI VÀ THỔI CHAI PET")
    doc.p("Hệ thống quản lý tích hợp ISO 9001 – ISO 14001. Phần A là kiểm soát chất lượng sản phẩm; phần B, C là quan trắc môi "
          "trường theo giấy phép môi trường của công ty.")
    rows = [["STT", "Công đoạn / vị trí", "Đặc tính kiểm soát", "Tiêu chuẩn / giới hạn", "Phương pháp", "Cỡ mẫu / tần suất", "Người thực hiện"]]
    merges: list = []
    _span(rows, merges, "A. Chất lượng sản phẩm", 7)
    rows += [["A1", "Máy ép phôi số 1–3", "Khối lượng phôi (g)", "27,8 ± 0,3", "Cân điện tử", "5 phôi/máy, 2 giờ/lần", "Công nhân vận hành"],
             ["A2", "Máy ép phôi số 1–3", "Hàm lượng axetaldehyt trong thành phôi (ppm)", "≤ 8", "Sắc ký khí", "1 phôi/khuôn, mỗi ca", "Nhân viên QC"],
             ["A3", "Máy sấy hạt PET", "Điểm sương khí sấy (°C)", "≤ -40", "Cảm biến", "Liên tục (ghi tự động)", "Công nhân vận hành"]]
    _span(rows, merges, "B. Quan trắc khí thải", 7)
    word = doc.pick(("quarterly", "semiannual"))
    rows.append(["B1", "KT1 – Ống thải khu vực máy ép phôi", "Bụi tổng", "QCVN 19:2009/BTNMT, cột B", "Lấy mẫu, phân tích",
                 f"01 mẫu / {freq(doc, word)}", "Đơn vị quan trắc có chứng nhận VIMCERTS"])
    rows.append(["B2", "KT1 – Ống thải khu vực máy ép phôi", "CO", "QCVN 19:2009/BTNMT, cột B", "Lấy mẫu, phân tích",
                 f"01 mẫu / {freq(doc, word)}", "Đơn vị quan trắc có chứng nhận VIMCERTS"])
    doc.add("monitoring", {"point": "KT1", "code": "2902", "frequency": word}, {"point": "KT1", "code": "0337", "frequency": word})
    _span(rows, merges, "C. Quan trắc nước thải", 7)
    for k, (s, spec) in enumerate((("pH", "5,5 – 9"), ("COD", "150"), ("TSS", "100"), ("BOD5", "50")), 1):
        w = "quarterly"
        rows.append([f"C{k}", "NT1 – Hố ga đấu nối nước thải vào KCN", vocab.water(s, "vi"), f"Tiêu chuẩn tiếp nhận của KCN: {spec}",
                     "Lấy mẫu, phân tích", f"01 mẫu tổ hợp / {freq(doc, w)}", "Đơn vị quan trắc có chứng nhận VIMCERTS"])
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": w})
    doc.table("Bảng 1. Kế hoạch kiểm soát", rows, merges, role="monitoring")
    doc.p("Ghi chú: kết quả phần A lưu tại phòng QC, không đưa vào báo cáo công tác bảo vệ môi trường.")


# ---------------------------------------------------------------- inspections

# ((RU, KK) stop, (RU, KK) what is checked, mark: "" every day only, "*" also weekly, "**" also monthly)
ROUTE = (
    (("Площадка приёмки и хранения кип ПЭТ-бутылок", "ПЭТ-бөтелке тайларын қабылдау және сақтау алаңы"),
     ("целостность кип, отсутствие разноса этикеток и плёнки ветром, состояние ограждения-сетки",
      "тайлардың бүтіндігі, затбелгілер мен пленканың желмен таралмауы, қоршау-тордың жай-күйі"), ""),
    (("Линия сортировки и снятия этикеток", "Сұрыптау және затбелгілерді алу желісі"),
     ("работа аспирации, сбор этикеток и крышек в контейнеры", "аспирацияның жұмысы, затбелгілер мен қақпақтарды контейнерлерге жинау"), "*"),
    (("Дробилка и линия мойки флексы", "Ұсатқыш және флексті жуу желісі"),
     ("утечки моющего раствора (NaOH), уровень в отстойнике", "жуғыш ерітіндінің (NaOH) ағуы, тұндырғыштағы деңгей"), "*"),
    (("Локальные очистные сооружения (отстойник, флотатор)", "Жергілікті тазарту құрылыстары (тұндырғыш, флотатор)"),
     ("работа флотатора, вынос взвеси, запись в журнале выгрузки осадка", "флотатордың жұмысы, қалқыма заттардың шығуы, тұнбаны түсіру журналындағы жазба"), "**"),
    (("Экструдер-гранулятор и вытяжка над фильерой", "Экструдер-гранулятор және фильера үстіндегі сорғыш"),
     ("работа вытяжной вентиляции, запах, целостность воздуховодов", "сорғыш желдеткіштің жұмысы, иіс, ауа өткізгіштердің бүтіндігі"), "*"),
    (("Циклон и рукавный фильтр дробилки", "Ұсатқыштың циклоны мен жеңді сүзгісі"),
     ("перепад давления на фильтре, выгрузка пыли из бункера", "сүзгідегі қысым айырмасы, бункерден шаңды түсіру"), "**"),
    (("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы"),
     ("раздельное накопление, маркировка контейнеров, степень заполнения", "бөлек жинақтау, контейнерлерді таңбалау, толу дәрежесі"), "**"),
    (("Склад химреагентов (каустическая сода, коагулянт)", "Химреагенттер қоймасы (каустикалық сода, коагулянт)"),
     ("герметичность тары, наличие поддонов и нейтрализующих средств", "ыдыстың саңылаусыздығы, табандықтар мен бейтараптандырғыш заттардың болуы"), "*"),
)  # fmt: skip
ROUTE_ACTORS = {"": ("мастер смены", "ауысым шебері", "Trưởng ca"), "*": ("инженер-эколог", "инженер-эколог", "Cán bộ môi trường"),
                "**": ("главный инженер", "бас инженер", "Phó Giám đốc kỹ thuật")}
ROUTE_WORDS = {"": "daily", "*": "weekly", "**": "monthly"}
VN_ROUTE = (
    ("Bãi tập kết phế liệu nhựa", "Phế liệu được che phủ, không rơi vãi ra ngoài hàng rào, nước mưa chảy tràn", ""),
    ("Khu vực phân loại, cắt nghiền", "Chụp hút và cyclon hoạt động, bụi tích tụ trên nền xưởng", "*"),
    ("Bể rửa và bể lắng nước thải rửa phế liệu", "Mực nước, váng dầu, bùn lắng, rò rỉ nước rửa", "*"),
    ("Hệ thống xử lý nước thải", "Máy thổi khí, bơm định lượng hóa chất, màu và mùi nước sau xử lý", "**"),
    ("Máy đùn tạo hạt và tháp hấp phụ than hoạt tính", "Quạt hút, mùi khét, thời điểm thay than hoạt tính", "*"),
    ("Kho chứa chất thải nguy hại", "Dán nhãn, phân loại, thời gian lưu giữ, sổ giao nhận", "**"),
    ("Khu vực đóng bao thành phẩm", "Bụi, hạt nhựa rơi vãi, vệ sinh cuối ca", ""),
)


def inspections_hr1(doc: Doc) -> None:
    """A plastics recycling plant's route card of environmental rounds: the stops of the route numbered in the order
    walked, what is looked at and a column for the mark; who walks the route and how often is said only in the sentence
    before the table (the shift foreman, every day, all stops), and stars after some stops' names, explained in a legend
    under the table, add a weekly check by the ecologist (`*`) or a monthly one by the chief engineer (`**`) — a starred
    stop is two checks (VI: a recycler's `Lộ trình kiểm tra`, `(*)` and `(**)` after the stop)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _L(doc)
    g = doc.v
    if vi:
        name = doc.pick(("Nhà máy tái chế hạt nhựa PET Phương Nam", "Xưởng tái chế nhựa Minh Khai Xanh", "Cơ sở tạo hạt nhựa tái sinh Như Quỳnh"))
        doc.h(f"LỘ TRÌNH KIỂM TRA MÔI TRƯỜNG HẰNG NGÀY – {name.upper()}")
        doc.p("Trưởng ca sản xuất đi kiểm tra toàn bộ các điểm trên lộ trình hằng ngày vào đầu mỗi ca và ghi kết quả vào cột «Đánh giá».")
        stops = [((s, s), (w, w), m) for s, w, m in VN_ROUTE]
        rows = [["Điểm", "Vị trí kiểm tra", "Nội dung kiểm tra", "Đánh giá (Đạt/Không đạt)", "Ghi chú"]]
    else:
        doc.h(g("Маршрутная карта экологического обхода", "Экологиялық аралаудың маршруттық картасы", ""))
        doc.p(g("Объект: линия переработки ПЭТ-бутылок во флексу и гранулят. Обход всех точек маршрута выполняет мастер смены "
                "ежедневно в начале смены; результаты отмечаются в графе «Отметка», замечания – в журнале обходов.",
                "Объект: ПЭТ-бөтелкелерді флекс пен гранулятқа қайта өңдеу желісі. Маршруттың барлық нүктелерін ауысым шебері күн сайын "
                "ауысымның басында аралайды; нәтижелер «Белгі» бағанында белгіленеді, ескертулер аралау журналына жазылады.", ""))
        stops = [(s, w, m) for s, w, m in ROUTE if m or r.random() < 0.85]
        rows = [g(["№ точки", "Точка маршрута", "Что проверяется", "Отметка (✓ / ✗)", "Замечания"],
                  ["Нүкте №", "Маршрут нүктесі", "Не тексеріледі", "Белгі (✓ / ✗)", "Ескертулер"], [])]
    for k, (stop, what, mark) in enumerate(stops, 1):
        label = stop[0] if vi else stop[L]
        suffix = f" ({mark})" if vi and mark else mark
        rows.append([str(k), label + suffix, what[0] if vi else what[L], "", ""])
        lang_i = 2 if vi else L
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(label, 4), "frequency": "daily",
                                "actor_contains": ROUTE_ACTORS[""][lang_i]})
        if mark:
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(label, 4), "frequency": ROUTE_WORDS[mark],
                                    "actor_contains": ROUTE_ACTORS[mark][lang_i]})
    if vi:
        doc.table("Bảng 1. Các điểm kiểm tra trên lộ trình", rows, role="inspections")
        doc.p("(*) Điểm được Cán bộ môi trường kiểm tra bổ sung hằng tuần (thứ Hai); (**) điểm được Phó Giám đốc kỹ thuật kiểm tra "
              "bổ sung hằng tháng cùng tổ an toàn – môi trường.")
    else:
        doc.table(g("Маршрут обхода", "Аралау маршруты", ""), rows, role="inspections")
        doc.p(g("* – точка дополнительно еженедельно (по понедельникам) проверяется инженером-экологом; ** – точка дополнительно "
                "ежемесячно проверяется главным инженером с составлением акта.",
                "* – нүктені қосымша апта сайын (дүйсенбі күндері) инженер-эколог тексереді; ** – нүктені қосымша ай сайын бас инженер "
                "акт жасай отырып тексереді.", ""))
    maybe_distractor(doc)


# the columns: (frequency, (RU, KK, VI) header, (RU, KK, VI) actor)
MATRIX_COLS = (
    ("daily", ("Ежедневно – мастер смены", "Күн сайын – ауысым шебері", "Hằng ngày – Trưởng ca sản xuất"),
     ("мастер смены", "ауысым шебері", "Trưởng ca sản xuất")),
    ("weekly", ("Еженедельно – начальник производства", "Апта сайын – өндіріс бастығы", "Hằng tuần – Quản đốc xưởng in"),
     ("начальник производства", "өндіріс бастығы", "Quản đốc xưởng in")),
    ("monthly", ("Ежемесячно – инженер по ОТ и ООС", "Ай сайын – ЕҚ және ҚОҚ жөніндегі инженер", "Hằng tháng – Cán bộ phụ trách môi trường"),
     ("инженер по ОТ и ООС", "ЕҚ және ҚОҚ жөніндегі инженер", "Cán bộ phụ trách môi trường")),
    ("quarterly", ("Ежеквартально – главный инженер", "Тоқсан сайын – бас инженер", "Hằng quý – Phó Giám đốc kỹ thuật"),
     ("главный инженер", "бас инженер", "Phó Giám đốc kỹ thuật")),
)  # fmt: skip
# ((RU, KK, VI) object, [(RU, KK, VI) check or None per column])
MATRIX_ROWS = (
    (("Склад ЛКМ, клеев и растворителей", "ЛБМ, желімдер мен еріткіштер қоймасы", "Kho mực in, keo và dung môi"), [
        ("закрытие тары, поддоны, отсутствие проливов", "ыдыстың жабылуы, табандықтар, төгілулердің болмауы", "Thùng chứa đậy kín, khay chống tràn, không rò rỉ"),
        ("сроки хранения, учет остатков", "сақтау мерзімдері, қалдықтарды есепке алу", "Hạn sử dụng, sổ theo dõi tồn kho"),
        None,
        ("вентиляция склада, первичные средства пожаротушения", "қойманың желдеткіші, бастапқы өрт сөндіру құралдары", "Thông gió kho, phương tiện chữa cháy ban đầu")]),
    (("Краскоприготовительное отделение", "Бояу дайындау бөлімшесі", "Khu vực pha mực"), [
        ("работа местной вытяжки, закрытые ёмкости", "жергілікті сорғыштың жұмысы, жабық сыйымдылықтар", "Chụp hút hoạt động, thùng pha đậy nắp"),
        None,
        ("учет расхода растворителей по заказам", "тапсырыстар бойынша еріткіш шығынын есепке алу", "Sổ ghi chép lượng dung môi sử dụng theo đơn hàng"),
        None]),
    (("Печатный участок и ламинатор", "Баспа учаскесі және ламинатор", "Xưởng in và máy ghép màng"), [
        ("герметичность сушильных коробов, запах в цехе", "кептіру қораптарының саңылаусыздығы, цехтағы иіс", "Độ kín của hộp sấy, mùi dung môi trong xưởng"),
        ("чистота отсосов от красочных аппаратов", "бояу аппараттарынан сорғыштардың тазалығы", "Vệ sinh miệng hút tại cụm mực"),
        None, None]),
    (("Установка каталитического окисления (УКО)", "Каталитикалық тотықтыру қондырғысы (КТҚ)", "Hệ thống xử lý hơi dung môi (tháp hấp phụ)"), [
        ("температура в реакторе по регистратору", "тіркегіш бойынша реактордағы температура", "Chênh áp qua lớp than, quạt hút hoạt động"),
        None,
        ("журнал работы, остановки и байпас", "жұмыс журналы, тоқтаулар мен айналма жол", "Sổ vận hành, thời điểm thay than hoạt tính"),
        ("состояние катализатора по данным сервисной организации", "сервистік ұйымның деректері бойынша катализатордың жай-күйі",
         "Kết quả quan trắc định kỳ so với QCVN 20:2009/BTNMT")]),
    (("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "Kho chứa chất thải nguy hại"), [
        None,
        ("раздельное накопление, маркировка, заполнение тары", "бөлек жинақтау, таңбалау, ыдыстың толуы", "Phân loại, dán nhãn, bao bì chứa"),
        ("сроки накопления, акты передачи", "жинақтау мерзімдері, беру актілері", "Thời gian lưu giữ, chứng từ chất thải nguy hại"),
        None]),
    (("Регенерационная установка растворителя", "Еріткішті қалпына келтіру қондырғысы", "Thiết bị chưng cất thu hồi dung môi"), [
        ("утечки, уровень кубового остатка", "ағып кетулер, куб қалдығының деңгейі", "Rò rỉ, mức cặn đáy nồi chưng"),
        None, None,
        ("баланс регенерированного растворителя", "қалпына келтірілген еріткіштің балансы", "Cân bằng lượng dung môi thu hồi")]),
)  # fmt: skip


def inspections_hr2(doc: Doc) -> None:
    """A printing house's regulation of internal environmental control as a matrix: the objects as rows and four columns
    whose headers each join a frequency and the person who checks (`Еженедельно – начальник производства`), every cell
    saying what that person looks at on that object, a dash where nobody checks it at that level — each filled cell is
    an inspection of its own, the frequency and the actor read from its column (VI: a packaging plant's matrix of
    self-inspection, `Hằng ngày – Trưởng ca sản xuất` …)."""
    vi = doc.lang == "vi"
    i = 2 if vi else _L(doc)
    g = doc.v
    if vi:
        name = doc.pick(("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Nhà máy in và sản xuất bao bì mềm Phú Lâm"))
        doc.h(f"QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {name.upper()}")
        doc.p("Phụ lục 2. Ma trận phân công tự kiểm tra. Mỗi ô ghi nội dung do người phụ trách ở cột tương ứng kiểm tra với tần suất "
              "ghi ở đầu cột; ô «–» là không kiểm tra ở cấp đó.")
    else:
        doc.h(g("Регламент внутреннего экологического контроля типографии", "Баспаханадағы ішкі экологиялық бақылау регламенті", ""))
        doc.p(g("Приложение 2. Матрица контроля: в каждой ячейке указано, что проверяет должностное лицо, названное в заголовке "
                "графы, с указанной там периодичностью; «–» – проверка на данном уровне не проводится.",
                "2-қосымша. Бақылау матрицасы: әр ұяшықта баған тақырыбында аталған лауазымды тұлға сонда көрсетілген кезеңділікпен не "
                "тексеретіні көрсетілген; «–» – осы деңгейде тексеру жүргізілмейді.", ""))
    rows = [[("Объект контроля", "Бақылау объектісі", "Đối tượng kiểm tra")[i], *(col[1][i] for col in MATRIX_COLS)]]
    for obj, checks in MATRIX_ROWS:
        rows.append([obj[i], *(c[i] if c else "–" for c in checks)])
        for (word, _, who), c in zip(MATRIX_COLS, checks, strict=True):
            if c:
                doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj[i], 4), "frequency": word, "actor_contains": who[i]})
    doc.table(("Таблица П2.1 – Матрица внутреннего контроля", "П2.1-кесте – Ішкі бақылау матрицасы", "Bảng 1. Ma trận tự kiểm tra")[i],
              rows, role="inspections")
    doc.p(g("Результаты проверок фиксируются в журнале внутреннего контроля; выявленные несоответствия передаются инженеру по ОТ и ООС.",
            "Тексеру нәтижелері ішкі бақылау журналында тіркеледі; анықталған сәйкессіздіктер ЕҚ және ҚОҚ жөніндегі инженерге беріледі.",
            "Kết quả kiểm tra được ghi vào sổ tự kiểm tra; các tồn tại được báo cáo cho Cán bộ phụ trách môi trường."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK) what, (RU, KK) why, (RU, KK) where, (RU, KK) who, (RU, KK) when, (RU, KK) how, cost thousand tenge or None)
FIVE_W = (
    (("Перевести печать бумажной упаковки на водно-дисперсионные краски", "Қағаз қаптаманы басуды су-дисперсиялық бояуларға көшіру"),
     ("снизить выброс этанола и пропан-2-ола", "этанол мен пропан-2-ол шығарындысын азайту"), ("печатный участок", "баспа учаскесі"),
     ("технолог по печати", "басу жөніндегі технолог"), ("до 30.06.2026", "30.06.2026 дейін"),
     ("пробные тиражи, согласование с заказчиками, замена анилоксов", "сынақ тираждары, тапсырыс берушілермен келісу, анилокстарды ауыстыру"), 12400),
    (("Установить рекуператор тепла на УКО флексографской машины", "Флексографиялық машинаның КТҚ-на жылу рекуператорын орнату"),
     ("сократить расход газа на дожиг", "жағуға газ шығынын қысқарту"), ("УКО-1", "КТҚ-1"), ("главный энергетик", "бас энергетик"),
     ("III квартал 2026 г.", "2026 ж. III тоқсаны"), ("поставка и монтаж пластинчатого теплообменника", "пластиналы жылу алмастырғышты жеткізу және монтаждау"), 38000),
    (("Организовать регенерацию отработанной смывки на дистилляционной установке", "Пайдаланылған жуғышты айдау қондырғысында қалпына келтіруді ұйымдастыру"),
     ("сократить отход 14 06 03* и закупку растворителя", "14 06 03* қалдығын және еріткіш сатып алуды қысқарту"),
     ("краскоприготовительное отделение", "бояу дайындау бөлімшесі"), ("начальник производства", "өндіріс бастығы"), ("до 01.09.2026", "01.09.2026 дейін"),
     ("закупка установки на 60 л, обучение операторов", "60 л қондырғы сатып алу, операторларды оқыту"), 9800),
    (("Внедрить учет расхода растворителей по заказам в MES", "MES жүйесінде тапсырыстар бойынша еріткіш шығынын есепке алуды енгізу"),
     ("достоверный расчет выбросов по рецептуре", "рецептура бойынша шығарындыларды дұрыс есептеу"), ("производство, ИТ-отдел", "өндіріс, АТ бөлімі"),
     ("руководитель ИТ-отдела", "АТ бөлімінің басшысы"), ("до 31.12.2026", "31.12.2026 дейін"),
     ("доработка модуля, установка весовых терминалов", "модульді пысықтау, салмақ терминалдарын орнату"), 4200),
    (("Заключить договор на переработку обрези многослойной плёнки", "Көп қабатты пленка кесінділерін қайта өңдеуге шарт жасасу"),
     ("прекратить вывоз обрези на полигон", "кесінділерді полигонға шығаруды тоқтату"), ("склад отходов", "қалдықтар қоймасы"),
     ("заместитель директора по коммерции", "директордың коммерция жөніндегі орынбасары"), ("II квартал 2026 г.", "2026 ж. II тоқсаны"),
     ("запрос предложений у трех переработчиков", "үш қайта өңдеушіден ұсыныстар сұрату"), None),
    (("Провести инвентаризацию источников и откорректировать проект НДВ", "Көздерді түгендеу және ЖШН жобасын түзету"),
     ("ввод второго ламинатора", "екінші ламинаторды іске қосу"), ("вся площадка", "бүкіл алаң"), ("инженер-эколог", "инженер-эколог"),
     ("IV квартал 2026 г.", "2026 ж. IV тоқсаны"), ("привлечение консультанта по договору", "шарт бойынша консультант тарту"), 3500),
)  # fmt: skip
VN_FIVE_W = (
    ("Thay thế mực in gốc toluen bằng mực gốc cồn cho dòng sản phẩm màng đơn", "Giảm phát sinh hơi toluen tại ống thải KT1", "Xưởng in",
     "Quý III/2026", "Phòng Kỹ thuật – Công nghệ", "In thử, đánh giá bám dính, thống nhất với khách hàng"),
    ("Thay than hoạt tính tháp hấp phụ theo định kỳ 03 tháng/lần", "Duy trì hiệu suất xử lý hơi dung môi", "Hệ thống xử lý KT1, KT2",
     "Từ tháng 4/2026", "Tổ Cơ điện", "Lập lịch thay than, ghi sổ vận hành, chuyển giao than thải cho đơn vị có chức năng"),
    ("Lắp đặt thiết bị chưng cất thu hồi dung môi rửa trục in", "Giảm khối lượng dung môi thải (17 08 03)", "Khu vực rửa trục in",
     "Tháng 9/2026", "Quản đốc xưởng in", "Mua thiết bị 100 lít/mẻ, đào tạo công nhân vận hành"),
    ("Xây dựng sổ theo dõi lượng mực, dung môi sử dụng theo đơn hàng", "Có số liệu tính tải lượng VOC", "Kho nguyên liệu, xưởng pha mực",
     "Tháng 6/2026", "Phòng Kế hoạch – Vật tư", "Cân từng lần xuất kho, nhập dữ liệu vào phần mềm ERP"),
    ("Ký hợp đồng bán biên màng, màng lỗi cho cơ sở tái chế", "Không chôn lấp chất thải rắn công nghiệp tái chế được", "Kho chất thải rắn thông thường",
     "Quý II/2026", "Phòng Hành chính – Nhân sự", "Lựa chọn đơn vị tái chế có giấy phép môi trường"),
)


def tasks_hr1(doc: Doc) -> None:
    """A flexible-packaging plant's action plan after an environmental audit in the 5W2H form of its lean system: `что? |
    почему? | где? | кто? | когда? | как? | сколько?` — the measure, its reason, the place, the responsible in the fifth
    column, the term, the way of doing it (a sentence that also reads like a task) and the cost (VI: a gravure plant's
    5W1H plan with `When` before `Who`)."""
    if doc.lang == "vi":
        name = doc.pick(("Nhà máy bao bì nhựa in ống đồng Kinh Bắc", "Nhà máy sản xuất bao bì màng ghép Thành Đạt"))
        doc.h(f"KẾ HOẠCH HÀNH ĐỘNG 5W1H SAU ĐÁNH GIÁ NỘI BỘ ISO 14001 – {name.upper()}")
        doc.p("Các hành động được xây dựng để khắc phục điểm không phù hợp và cơ hội cải tiến ghi nhận trong đợt đánh giá nội bộ tháng 11/2025.")
        rows = [["STT", "Làm gì? (What)", "Tại sao? (Why)", "Ở đâu? (Where)", "Khi nào? (When)", "Ai thực hiện? (Who)", "Thực hiện thế nào? (How)"]]
        for k, (what, why, where, when, who, how) in enumerate(VN_FIVE_W, 1):
            rows.append([str(k), what, why, where, when, who, how])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what), "actor_contains": who})
        doc.table("Bảng 1. Kế hoạch hành động 5W1H", rows, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План действий по результатам экологического аудита (форма 5W2H)", "Экологиялық аудит нәтижелері бойынша іс-қимыл жоспары (5W2H нысаны)", ""))
    doc.p(g("План составлен рабочей группой бережливого производства; затраты указаны без НДС.",
            "Жоспарды үнемді өндіріс жұмыс тобы құрастырды; шығындар ҚҚС-сыз көрсетілген.", ""))
    rows = [g(["№", "Что? (мероприятие)", "Почему? (цель)", "Где? (участок)", "Кто? (ответственный)", "Когда? (срок)", "Как? (способ выполнения)",
               "Сколько? (затраты, тыс. тенге)"],
              ["№", "Не? (іс-шара)", "Неге? (мақсаты)", "Қайда? (учаске)", "Кім? (жауапты)", "Қашан? (мерзімі)", "Қалай? (орындау тәсілі)",
               "Қанша? (шығындар, мың теңге)"], [])]
    for k, (what, why, where, who, when, how, cost) in enumerate(FIVE_W, 1):
        rows.append([str(k), what[L], why[L], where[L], who[L], when[L], how[L], num(cost, doc.lang) if cost else "–"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – План действий 5W2H", "1-кесте – 5W2H іс-қимыл жоспары", ""), rows, role="tasks")
    maybe_distractor(doc)


# ((RU, KK) measure, (RU, KK) term, cost thousand tenge or None, (RU, KK) executor, (RU, KK) co-executor)
TWO_ROW = (
    (("Монтаж второй ступени очистки промывных вод (напорный флотатор)", "Жуу суларын тазартудың екінші сатысын монтаждау (қысымды флотатор)"),
     ("II квартал 2026 г.", "2026 ж. II тоқсаны"), 24500, ("начальник цеха мойки", "жуу цехының бастығы"),
     ("ТОО «АкваТех Сервис» (поставщик оборудования)", "«АкваТех Сервис» ЖШС (жабдық жеткізуші)")),
    (("Замена циклона дробилки на рукавный фильтр", "Ұсатқыш циклонын жеңді сүзгіге ауыстыру"), ("III квартал 2026 г.", "2026 ж. III тоқсаны"), 11200,
     ("главный механик", "бас механик"), ("служба КИПиА", "БӨАжА қызметі")),
    (("Устройство навеса и бетонного покрытия площадки хранения кип", "Тайларды сақтау алаңының қалқасы мен бетон жабынын жасау"),
     ("до 31.05.2026", "31.05.2026 дейін"), 7800, ("заместитель директора по производству", "директордың өндіріс жөніндегі орынбасары"),
     ("подрядная строительная организация", "мердігер құрылыс ұйымы")),
    (("Установка вытяжного зонта с угольным фильтром над фильерой экструдера", "Экструдер фильерасының үстіне көмір сүзгісі бар сорғыш қалпақ орнату"),
     ("IV квартал 2026 г.", "2026 ж. IV тоқсаны"), 5600, ("главный инженер", "бас инженер"), ("инженер-эколог", "инженер-эколог")),
    (("Передача осадка флотатора на обезвреживание специализированной организации", "Флотатор тұнбасын залалсыздандыруға мамандандырылған ұйымға беру"),
     ("ежеквартально", "тоқсан сайын"), None, ("инженер-эколог", "инженер-эколог"), ("бухгалтерия (заключение договора)", "бухгалтерия (шарт жасасу)")),
    (("Озеленение санитарно-защитной зоны (посадка 120 саженцев вяза)", "Санитариялық-қорғаныш аймағын көгалдандыру (120 шегіршін көшетін отырғызу)"),
     ("апрель – май 2026 г.", "2026 ж. сәуір – мамыр"), 1900, ("заведующий хозяйством", "шаруашылық меңгерушісі"),
     ("аким сельского округа (согласование места посадки)", "ауылдық округ әкімі (отырғызу орнын келісу)")),
)  # fmt: skip
VN_TWO_ROW = (
    ("Cải tạo bể lắng nước rửa phế liệu thành hệ thống xử lý hóa lý – sinh học công suất 60 m3/ngày", "Quý II/2026", 1850,
     "Ban Quản lý dự án của công ty", "Nhà thầu xây lắp"),
    ("Lắp đặt tháp hấp phụ than hoạt tính cho máy đùn tạo hạt số 2", "Quý III/2026", 620, "Phòng Kỹ thuật", "Tổ Cơ điện"),
    ("Xây dựng mái che và nền bê tông bãi tập kết phế liệu", "Trước mùa mưa 2026", 480, "Phó Giám đốc sản xuất", "Nhà thầu xây lắp"),
    ("Ký hợp đồng thu gom, xử lý bùn thải và than hoạt tính thải với đơn vị có giấy phép", "Tháng 3/2026", None, "Cán bộ môi trường",
     "Phòng Kế toán"),
    ("Trồng cây xanh dọc tường rào phía giáp khu dân cư", "Tháng 8–9/2026", 95, "Phòng Hành chính", "UBND xã (thống nhất vị trí)"),
)


def tasks_hr2(doc: Doc) -> None:
    """A plastics recycler's plan of nature-protection measures in which every measure takes two rows — the first with its
    number (merged down over both), the measure, the term, the cost and the source of financing, the second a line merged
    across the table `Исполнитель: …; соисполнитель: …` — so the responsible stands under the measure, a co-executor
    beside him who is not the actor (VI: a recycler's plan, `Đơn vị chủ trì: …; Đơn vị phối hợp: …`)."""
    vi = doc.lang == "vi"
    L = _L(doc)
    g = doc.v
    rows = [[("№ п/п", "Р/с №", "TT")[2 if vi else L],
             ("Наименование мероприятия", "Іс-шараның атауы", "Nội dung công việc")[2 if vi else L],
             ("Срок выполнения", "Орындалу мерзімі", "Thời gian thực hiện")[2 if vi else L],
             ("Стоимость, тыс. тенге", "Құны, мың теңге", "Kinh phí (triệu đồng)")[2 if vi else L],
             ("Источник финансирования", "Қаржыландыру көзі", "Nguồn kinh phí")[2 if vi else L]]]
    merges: list = []
    if vi:
        name = doc.pick(("Nhà máy tái chế hạt nhựa PET Phương Nam", "Xưởng tái chế nhựa Minh Khai Xanh", "Cơ sở tạo hạt nhựa tái sinh Như Quỳnh"))
        doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC CÔNG TRÌNH, BIỆN PHÁP BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
        doc.p("Mỗi nội dung gồm hai dòng: dòng thứ nhất ghi công việc, thời gian, kinh phí; dòng thứ hai ghi đơn vị chủ trì và đơn vị phối hợp.")
        for k, (what, when, cost, lead, partner) in enumerate(VN_TWO_ROW, 1):
            rows.append([str(k), what, when, num(cost, "vi") if cost else "-", "Vốn tự có" if cost else "-"])
            rows.append([None, f"Đơn vị chủ trì: {lead}; đơn vị phối hợp: {partner}", None, None, None])
            merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 1, 1, len(rows) - 1, 4)]
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what), "actor_contains": lead})
        doc.table("Bảng 1. Kế hoạch năm 2026", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    doc.h(g("План природоохранных мероприятий на 2026 год", "2026 жылға арналған табиғатты қорғау іс-шараларының жоспары", ""))
    doc.p(g("Объект: линия переработки ПЭТ-бутылок во флексу и гранулят. План утвержден директором товарищества.",
            "Объект: ПЭТ-бөтелкелерді флекс пен гранулятқа қайта өңдеу желісі. Жоспарды серіктестік директоры бекітті.", ""))
    own = g("собственные средства", "меншікті қаражат", "")
    ex, co = g(("Исполнитель", "соисполнитель"), ("Орындаушы", "бірлесіп орындаушы"), ())
    for k, (what, when, cost, who, partner) in enumerate(TWO_ROW, 1):
        rows.append([str(k), what[L], when[L], num(cost, doc.lang) if cost else "–", own if cost else "–"])
        rows.append([None, f"{ex}: {who[L]}; {co}: {partner[L]}", None, None, None])
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 1, 1, len(rows) - 1, 4)]
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – Мероприятия", "1-кесте – Іс-шаралар", ""), rows, merges, role="tasks")
    distractor(doc, "approval")


LAYOUTS = [Layout(role, f"HR{k}", globals()[f"{role}_hr{k}"]) for role in ROLES for k in (1, 2)]
