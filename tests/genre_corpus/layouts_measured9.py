"""The seventh blind set, part P (regulations, standards and plans, two layouts per role), measured blind once on
2026-12-04 with its three sibling parts (0.682 over 504 files together; this part 0.790), then tuned on
the same day, and so among the tuning layouts now.

A blind held-out set on regulations, standards and government plans (two layouts per role, `P1`, `P2`):
written without running the extractor on them and without reading it, to differ from every layout of
`layouts_*.py`.

A ministry order's annex listing the sites that must install automated monitoring, grouped under region rows,
with the installation deadline and a footnote row of abbreviations; an official report form with a
`Код строки` column and a row of column letters (VI: a database form with a `Mã số` column); the emission-norms
form of the methodology (substance group rows, organised/unorganised sub-group rows, existing position of dashes,
norms and НДВ under a three-row header; VI: pollutants by named sources with the unit only in the caption and a
total column); the statistical form 2-ТП (воздух), the total row first and five tonne columns of which only the
last was emitted (VI: an inventory with the load before treatment, the efficiency and the load after it); waste
amounts calculated by the methodology with formula and input columns; a licence's list of the hazardous wastes a
treatment site accepts, grouped by installation, with R/D codes and capacities (VI: the same in a treatment
permit, grouped by treatment line); ambient-air ПДК with м.р., с.с. and с.г. sub-columns and a formula column
(VI: QCVN 14 columns A/B with the K-factor table after it); soil ПДК with the form of the element as sub-columns
(VI: QCVN 05:2023 averaging times as sub-columns and a QCVN 20 table with CAS numbers and substances outside the
reference list); a sampling schedule with months in Roman numerals holding the planned dates; frequencies written
inside the parameters cell, two groups at one point; an order's annex whose rows are frequencies and whose units
are listed in one cell; an internal regulation where the frequency is inside a sentence; an akimat's plan whose
responsible bodies are abbreviations explained after the table (VI: a provincial plan with Roman section rows,
lead and partner bodies); a report on a plan with a progress column and a status column.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between
`|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, maybe_distractor, num, opening, rate
from .layouts_facility import facility
from .layouts_monitoring import lower
from .limits_data import AIR_PDK, add, cell, limit
from .obligations_data import CHECKS, task, tasks, units
from .registry import ROLES, Layout
from .sources_data import SOURCES, emission, expect_sources, pick_sources, total

TEXT: dict[str, tuple[str, str, str]] = {}

# OKED code of each facility of vocab.FACILITIES (KZ) with its description (RU, KK); the kind of production of each
# Vietnamese facility
OKED = {
    "07291": ("Добыча золотосодержащих руд", "Құрамында алтын бар кендерді өндіру"),
    "23511": ("Производство цемента", "Цемент өндірісі"),
    "35301": ("Производство пара и горячей воды", "Бу және ыстық су өндірісі"),
    "52101": ("Складирование и хранение нефтепродуктов", "Мұнай өнімдерін қоймалау және сақтау"),
    "01471": ("Разведение сельскохозяйственной птицы", "Ауыл шаруашылығы құстарын өсіру"),
}
OKED_OF = ("07291", "23511", "52101", "35301", "07291", "01471")
VI_ACTIVITY = ("Sản xuất bao bì nhựa và giấy", "Chế biến thủy sản đông lạnh", "Sản xuất gạch ốp lát", "Dệt, nhuộm vải",
               "Sản xuất giấy và bột giấy", "Chăn nuôi heo thịt")


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _opts(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _spanning(rows: list, merges: list, text: str) -> None:
    """A row whose one cell spans the table: a group title or a note."""
    width = len(rows[0])
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


# ---------------------------------------------------------------- facility

TEXT |= {
    "fac1.h": ("Приложение 1 к приказу Министра экологии и природных ресурсов Республики Казахстан от 12 марта 2026 года № 87",
               "Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 12 наурыздағы № 87 бұйрығына 1-қосымша",
               "Phụ lục"),
    "fac1.title": ("Перечень объектов I категории, подлежащих оснащению автоматизированной системой мониторинга эмиссий в окружающую среду",
                   "Қоршаған ортаға эмиссиялар мониторингінің автоматтандырылған жүйесімен жарақтандырылуға жататын I санаттағы объектілердің тізбесі",
                   "DANH MỤC CƠ SỞ PHẢI LẮP ĐẶT HỆ THỐNG QUAN TRẮC NƯỚC THẢI, KHÍ THẢI TỰ ĐỘNG, LIÊN TỤC"),
    "fac1.p": ("Сроки оснащения установлены с учетом графика, согласованного операторами объектов.",
               "Жарақтандыру мерзімдері объектілер операторларымен келісілген кесте ескеріліп белгіленді.",
               "(Kèm theo Quyết định số 1245/QĐ-BNNMT ngày 12 tháng 3 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường)"),
    "fac1.head": ("№ п/п|Наименование природопользователя|БИН|Наименование производственного объекта|Код КАТО|Код ОКЭД|Срок оснащения АСМ",
                  "Р/с №|Табиғат пайдаланушының атауы|БСН|Өндірістік объектінің атауы|ҚАТО коды|ЭҚЖЖ коды|АМЖ-мен жарақтандыру мерзімі",
                  "TT|Tên cơ sở|Chủ cơ sở|Mã số doanh nghiệp|Loại hình sản xuất|Thời hạn hoàn thành lắp đặt"),
    "fac1.terms": ("до 1 июля 2027 года|до 31 декабря 2027 года|до 1 июля 2028 года",
                   "2027 жылғы 1 шілдеге дейін|2027 жылғы 31 желтоқсанға дейін|2028 жылғы 1 шілдеге дейін",
                   "Trước ngày 31/12/2026|Trước ngày 30/6/2027|Trước ngày 31/12/2027"),
    "fac1.note": ("Примечание: АСМ – автоматизированная система мониторинга эмиссий в окружающую среду; КАТО – классификатор "
                  "административно-территориальных объектов; ОКЭД – общий классификатор видов экономической деятельности.",
                  "Ескертпе: АМЖ – қоршаған ортаға эмиссиялар мониторингінің автоматтандырылған жүйесі; ҚАТО – әкімшілік-аумақтық "
                  "объектілер сыныптауышы; ЭҚЖЖ – экономикалық қызмет түрлерінің жалпы жіктеуіші.",
                  "Ghi chú: Thời hạn hoàn thành lắp đặt, kết nối, truyền số liệu quan trắc tự động, liên tục theo quy định tại "
                  "Điều 97 và Điều 98 Nghị định số 08/2022/NĐ-CP."),
    "fac2.h": ("Приложение 3 к приказу Министра экологии, геологии и природных ресурсов Республики Казахстан от 14 июля 2021 года № 250",
               "Қазақстан Республикасы Экология, геология және табиғи ресурстар министрінің 2021 жылғы 14 шілдедегі № 250 бұйрығына 3-қосымша",
               "Phụ lục (Kèm theo Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường)"),
    "fac2.form": ("Форма", "Нысан", "Mẫu phiếu"),
    "fac2.title": ("Отчет о выполнении программы производственного экологического контроля за 2025 год",
                   "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп",
                   "PHIẾU CUNG CẤP THÔNG TIN VỀ CƠ SỞ CHO CƠ SỞ DỮ LIỆU MÔI TRƯỜNG NĂM 2025"),
    "fac2.section": ("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", "Phần I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "fac2.head": ("Наименование показателя|Код строки|Значение", "Көрсеткіштің атауы|Жол коды|Мәні", "Chỉ tiêu|Mã số|Thông tin"),
    "fac2.letters": ("А|Б|1", "А|Б|1", "A|B|1"),
    "fac2.labels": ("Наименование оператора объекта|Бизнес-идентификационный номер (БИН)|Наименование объекта|Местонахождение объекта|"
                    "Код по КАТО|Основной вид деятельности (код ОКЭД)|Категория объекта, оказывающего негативное воздействие на "
                    "окружающую среду|Географические координаты (центр промышленной площадки)|Номер и дата выдачи экологического "
                    "разрешения|Отчетный период",
                    "Объект операторының атауы|Бизнес-сәйкестендіру нөмірі (БСН)|Объектінің атауы|Объектінің орналасқан жері|"
                    "ҚАТО бойынша коды|Негізгі қызмет түрі (ЭҚЖЖ коды)|Қоршаған ортаға теріс әсер ететін объектінің санаты|"
                    "Географиялық координаттары (өнеркәсіптік алаңның орталығы)|Экологиялық рұқсаттың нөмірі мен берілген күні|"
                    "Есепті кезең",
                    "Tên cơ sở|Tên chủ cơ sở|Mã số doanh nghiệp|Địa chỉ|Loại hình sản xuất, kinh doanh, dịch vụ|"
                    "Tọa độ (hệ WGS84)|Nhóm dự án đầu tư (theo Nghị định số 08/2022/NĐ-CP)|Số, ngày cấp giấy phép môi trường"),
    "fac2.period": ("2025 год", "2025 жыл", ""),
}  # fmt: skip


def _region(doc: Doc, address: str) -> str:
    """The region a row of a national list is grouped under: the first part of a Kazakh address, the province
    (the last part) of a Vietnamese one."""
    part = address.split(",")[-1 if doc.lang == "vi" else 0].strip()
    return _cap(part)


def facility_p1(doc: Doc) -> None:
    """A ministry order's annex: the sites that must install automated monitoring, a group row per region spanning
    the table, the KATO and OKED codes in columns of their own, the installation deadline last, a footnote row of
    abbreviations (VI: a decision's annex grouped by province, MSDN and the kind of production)."""
    vi = doc.lang == "vi"
    fs = [facility(doc, i) for i in doc.rng.sample(range(6), 4)]
    for f in fs:
        f["oked"] = OKED_OF[f["i"]]
        f["region"] = _region(doc, f["address"])
    fs.sort(key=lambda f: f["region"])
    doc.h(_t(doc, "fac1.h"))
    doc.h(_t(doc, "fac1.title"))
    doc.p(_t(doc, "fac1.p"))
    rows, merges, region = [_row(doc, "fac1.head")], [], None
    terms = _opts(doc, "fac1.terms")
    for k, f in enumerate(fs, 1):
        if f["region"] != region:
            region = f["region"]
            _spanning(rows, merges, region)
        term = doc.pick(terms)
        if vi:
            rows.append([str(k), f["name"], f["operator"], f["bin"], VI_ACTIVITY[f["i"]], term])
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"]})
        else:
            rows.append([str(k), f["operator"], f["bin"], f["name"], f["kato"], f["oked"], term])
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "oked": f["oked"]})
    _spanning(rows, merges, _t(doc, "fac1.note"))
    doc.table(None, rows, merges, role="facility")


def facility_p2(doc: Doc) -> None:
    """An official report form: `Наименование показателя | Код строки | Значение` with a row of column letters
    (`А | Б | 1`), the OKED code with its description, the category as a bare numeral (VI: a form for the
    environmental database, `Chỉ tiêu | Mã số | Thông tin`, line codes 01–08)."""
    f = facility(doc)
    doc.h(_t(doc, "fac2.h"))
    doc.p(_t(doc, "fac2.form"))
    doc.h(_t(doc, "fac2.title"))
    doc.p(_t(doc, "fac2.section"))
    labels = _opts(doc, "fac2.labels")
    day, month = doc.rng.randint(1, 28), doc.rng.randint(1, 12)
    if doc.lang == "vi":
        permit = f"{doc.rng.randint(12, 480)}/GPMT-UBND ngày {day:02d}/{month:02d}/2024"
        values = [f["name"], f["operator"], f["bin"], f["address"], VI_ACTIVITY[f["i"]], f["dms"], f"Nhóm {f['cat']}", permit]
        rows = [_row(doc, "fac2.head"), _row(doc, "fac2.letters")]
        rows += [[label, f"{k:02d}", value] for k, (label, value) in enumerate(zip(labels, values, strict=True), 1)]
        doc.table(None, rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]})
        maybe_distractor(doc)
        return
    oked = OKED_OF[f["i"]]
    permit = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(0, 99999999):08d} {doc.v('от ', '', '')}{day:02d}.{month:02d}.2023"
    values = [f["operator"], f["bin"], f["name"], f["address"], f["kato"],
              f"{oked} – {OKED[oked][0 if doc.lang == 'ru' else 1]}", f["cat"], f["dms"], permit, _t(doc, "fac2.period")]
    rows = [_row(doc, "fac2.head"), _row(doc, "fac2.letters")]
    rows += [[label, f"{k * 10:03d}", value] for k, (label, value) in enumerate(zip(labels, values, strict=True), 1)]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "oked": oked, "category": f["cat"],
                           "lat": f["lat"], "lon": f["lon"]})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# the production unit of each source of sources_data.SOURCES, RU and KK
SHOPS = (
    ("Котельная", "Қазандық"), ("Энергоучасток", "Энергоучаске"), ("Дробильно-сортировочный участок", "Ұсату-сұрыптау учаскесі"),
    ("Склад ГСМ", "ЖЖМ қоймасы"), ("Ремонтно-механический цех", "Жөндеу-механикалық цех"), ("Угольный склад", "Көмір қоймасы"),
    ("Ремонтно-механический цех", "Жөндеу-механикалық цех"), ("Участок приема инертных материалов", "Инертті материалдарды қабылдау учаскесі"),
)  # fmt: skip
TEXT |= {
    "em1.h": ("Приложение 1 к экологическому разрешению. Нормативы допустимых выбросов загрязняющих веществ",
              "Экологиялық рұқсатқа 1-қосымша. Ластаушы заттардың жол берілетін шығарындыларының нормативтері",
              "3.2.1.1. Tác động do bụi, khí thải"),
    "em1.p": ("Объект вводится в эксплуатацию в 2026 году; нормативы на существующее положение не устанавливаются.",
              "Объект 2026 жылы пайдалануға беріледі; қазіргі жағдайға нормативтер белгіленбейді.",
              "Tải lượng các chất ô nhiễm từ các nguồn thải khí của dự án khi đi vào vận hành ổn định được tổng hợp trong bảng sau:"),
    "em1.caption": ("Таблица 3.6 – Нормативы выбросов загрязняющих веществ в атмосферу по объекту",
                    "3.6-кесте – Объект бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері",
                    "Bảng 3.9. Tải lượng chất ô nhiễm không khí phát sinh trong giai đoạn vận hành (đơn vị: g/s)"),
    "em1.head0": ("Производство, цех, участок|Номер источника|Нормативы выбросов загрязняющих веществ|^|^|^|^|^|Год достижения НДВ",
                  "Өндіріс, цех, учаске|Көз нөмірі|Ластаушы заттар шығарындыларының нормативтері|^|^|^|^|^|ЖШН-ге қол жеткізу жылы",
                  "TT|Chất ô nhiễm|Nguồn phát sinh|Tổng tải lượng"),
    "em1.head1": ("^|^|существующее положение на 2025 год|^|на 2026–2035 годы|^|НДВ|^|^",
                  "^|^|2025 жылғы қазіргі жағдай|^|2026–2035 жылдарға|^|ЖШН|^|^", ""),
    "em1.head2": ("^|^|г/с|т/год|г/с|т/год|г/с|т/год|^", "^|^|г/с|т/жыл|г/с|т/жыл|г/с|т/жыл|^", ""),
    "em1.groups": ("Организованные источники|Неорганизованные источники", "Ұйымдастырылған көздер|Ұйымдастырылмаған көздер", ""),
    "em1.sub": ("Итого по веществу:", "Зат бойынша жиыны:", ""),
    "em1.total": ("Всего по объекту:", "Объект бойынша барлығы:", ""),
    "em1.note": ("", "", "Ghi chú: (-) nguồn không phát sinh chất ô nhiễm này."),
    "em2.form": ("Статистическая форма 2-ТП (воздух), утвержденная приказом Руководителя Бюро национальной статистики Агентства "
                 "по стратегическому планированию и реформам Республики Казахстан",
                 "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігі Ұлттық статистика бюросы басшысының "
                 "бұйрығымен бекітілген 2-ТП (ауа) статистикалық нысаны",
                 "Phụ lục (Kèm theo Báo cáo kết quả kiểm kê khí thải công nghiệp năm 2025)"),
    "em2.h": ("Отчет об охране атмосферного воздуха за 2025 год", "2025 жылға арналған атмосфералық ауаны қорғау туралы есеп",
              "BÁO CÁO KẾT QUẢ KIỂM KÊ KHÍ THẢI CÔNG NGHIỆP NĂM 2025"),
    "em2.who": ("Респондент: {operator}; объект: {name}.", "Респондент: {operator}; объект: {name}.", "Cơ sở: {name} ({operator})."),
    "em2.section": ("Раздел 1. Выбросы загрязняющих веществ в атмосферу, их очистка и утилизация, тонн",
                    "1-бөлім. Атмосфераға ластаушы заттардың шығарындылары, оларды тазарту және кәдеге жарату, тонна",
                    "Tải lượng phát thải được xác định theo hệ số phát thải và kết quả quan trắc khí thải định kỳ năm 2025."),
    "em2.head": ("Наименование загрязняющего вещества|№ строки|Код ЗВ|Количество ЗВ, отходящих от всех источников выделения|"
                 "из них выбрасывается без очистки|поступает на очистные сооружения|из поступивших на очистку уловлено и "
                 "обезврежено|Всего выброшено в атмосферу",
                 "Ластаушы заттың атауы|Жол №|ЛЗ коды|Барлық бөліну көздерінен шығатын ЛЗ саны|оның ішінде тазартусыз "
                 "шығарылады|тазарту құрылғыларына түседі|тазартуға түскеннен ұсталды және залалсыздандырылды|"
                 "Атмосфераға барлығы шығарылды",
                 "TT|Nguồn thải|Chất ô nhiễm|Tải lượng trước xử lý (tấn/năm)|Hiệu suất xử lý (%)|"
                 "Tải lượng phát thải sau xử lý (tấn/năm)"),
    "em2.letters": ("А|Б|В|1|2|3|4|5", "А|Б|В|1|2|3|4|5", ""),
    "em2.rows": ("Всего (стр. 102 + стр. 103)|в том числе: твердые|газообразные и жидкие",
                 "Барлығы (102-жол + 103-жол)|оның ішінде: қатты|газ тәрізді және сұйық", ""),
    "em2.caption": ("", "", "Bảng 2. Tải lượng phát thải các chất ô nhiễm theo nguồn thải"),
}  # fmt: skip


def _shop(doc: Doc, name: str) -> str:
    lang_i = vocab.LANGS.index(doc.lang)
    return next(SHOPS[k][lang_i] for k, src in enumerate(SOURCES) if src[0][lang_i] == name)


def _rate(doc: Doc) -> tuple[float, float]:
    return rate(doc.rng, 0.0005, 3.5), rate(doc.rng, 0.001, 95)


def emissions_p1(doc: Doc) -> None:
    """The methodology's form of emission norms: a group row per substance (`0301, Азота диоксид`), organised and
    unorganised sub-group rows, the shop and the source number, the existing position as dashes, the norms for
    2026–2035 and the НДВ under a three-row header with a row of column numbers, totals per substance and for the
    site (VI: pollutants as rows and named sources as columns, the unit only in the caption, a total column)."""
    if doc.lang == "vi":
        _emissions_p1_vi(doc)
        return
    opening(doc, "permit")
    doc.h(_t(doc, "em1.h"))
    doc.p(_t(doc, "em1.p"))
    pool = pick_sources(doc, 4)
    emitted = [c for s in pool for c in s.codes]
    codes = [c for c in sorted(set(emitted)) if emitted.count(c) > 1][:2]  # emitted by several sources: a subtotal row
    codes += [s.codes[0] for s in pool if not set(s.codes) & set(codes)]
    codes = sorted(set(codes))
    sources = [s for s in pool if set(s.codes) & set(codes)]
    got = {(s.number, c): _rate(doc) for s in sources for c in s.codes if c in codes}
    rows = [_row(doc, "em1.head0"), _row(doc, "em1.head1"), _row(doc, "em1.head2"), [str(k) for k in range(1, 10)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 7), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (0, 8, 2, 8)]
    groups = _opts(doc, "em1.groups")
    for code in codes:
        _spanning(rows, merges, f"{code}, {vocab.air(code, doc.lang)}")
        emitters = [s for s in sources if (s.number, code) in got]
        for organized, title in zip((True, False), groups, strict=True):
            group = [s for s in emitters if s.organized == organized]
            if not group:
                continue
            _spanning(rows, merges, title)
            for s in group:
                g, t = got[(s.number, code)]
                rows.append([_shop(doc, s.name), s.number, "–", "–", num(g, doc.lang), num(t, doc.lang), num(g, doc.lang),
                             num(t, doc.lang), "2026"])
                doc.add("emissions", emission(code, g, t, s.number))
        if len(emitters) > 1:
            gs = total(doc, [got[(s.number, code)][0] for s in emitters])
            ts = total(doc, [got[(s.number, code)][1] for s in emitters])
            rows.append([_t(doc, "em1.sub"), "", "–", "–", gs, ts, gs, ts, ""])
    gs, ts = total(doc, [x[0] for x in got.values()]), total(doc, [x[1] for x in got.values()])
    rows.append([_t(doc, "em1.total"), "", "–", "–", gs, ts, gs, ts, ""])
    doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def _emissions_p1_vi(doc: Doc) -> None:
    opening(doc, "scoping")
    doc.h(_t(doc, "em1.h"))
    doc.p(_t(doc, "em1.p"))
    sources = [s for s in pick_sources(doc, 6) if s.organized][:3]
    while len(sources) < 2:
        sources = [s for s in pick_sources(doc, 6) if s.organized][:3]
    order = ["2902", "0301", "0330", "0337", "0602", "0621", "0616", "0123", "0143"]
    codes = sorted({c for s in sources for c in s.codes}, key=order.index)
    got = {(s.name, c): rate(doc.rng, 0.0005, 3.5) for s in sources for c in s.codes}
    head = _row(doc, "em1.head0")
    top = head[:3] + [None] * (len(sources) - 1) + head[3:]
    rows = [top, [None, None, *(s.name for s in sources), None]]
    last = 2 + len(sources)
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, last - 1), (0, last, 1, last)]
    for k, code in enumerate(codes, 1):
        values = [got.get((s.name, code)) for s in sources]
        cells = [num(v, "vi") if v is not None else "-" for v in values]
        rows.append([str(k), vocab.air(code, "vi", k), *cells, total(doc, values)])
        doc.add("emissions", *(emission(code, v, None, period="operation") for v in values if v is not None))
    doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "em1.note"))


SOLID = ("2908", "2902", "0328", "0143")
GASES = ("0301", "0304", "0330", "0337", "0333", "0410", "1325", "2754")


def _tonnes(doc: Doc, plain: float, cleaned: float, caught: float) -> list[str]:
    """Formed, emitted without cleaning, sent to cleaning, caught, emitted in all: a row of the 2-ТП form."""
    return [num(round(plain + cleaned, 3), doc.lang), num(plain, doc.lang), num(cleaned, doc.lang) if cleaned else "–",
            num(caught, doc.lang) if caught else "–", num(round(plain + cleaned - caught, 3), doc.lang)]


def emissions_p2(doc: Doc) -> None:
    """The statistical form 2-ТП (воздух): the total row first, then solid and gaseous subtotal rows each above its
    substances, a line-number and a code column, five tonne columns of which only the last is what reached the air
    (formed, without cleaning, sent to cleaning, caught), a row of column letters; no source numbers, no g/s
    (VI: an inventory of industrial emissions, named sources merged over their pollutants, the load before
    treatment, the efficiency and the load emitted after it)."""
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.p(_t(doc, "em2.form"))
    doc.h(_t(doc, "em2.h"))
    doc.p(_t(doc, "em2.who").format(name=name, operator=operator))
    doc.p(_t(doc, "em2.section"))
    if doc.lang == "vi":
        _emissions_p2_vi(doc)
        return
    groups = []
    for pool, n, cleaned in ((SOLID, 2, True), (GASES, 3, False)):
        items = []
        for code in sorted(doc.rng.sample(pool, n)):
            plain = round(rate(doc.rng, 0.05, 40, 3), 3)
            sent = round(rate(doc.rng, 20, 900, 4), 3) if cleaned else 0.0
            caught = round(sent * doc.rng.uniform(0.9, 0.99), 3) if cleaned else 0.0
            items.append((code, plain, sent, caught))
        groups.append(items)

    def sums(items) -> tuple[float, float, float]:
        return tuple(round(sum(x[k] for x in items), 3) for k in (1, 2, 3))

    labels = _opts(doc, "em2.rows")
    rows = [_row(doc, "em2.head"), _row(doc, "em2.letters")]
    rows.append([labels[0], "101", "–", *_tonnes(doc, *sums(groups[0] + groups[1]))])
    line = 104
    for label, number, items in zip(labels[1:], ("102", "103"), groups, strict=True):
        rows.append([label, number, "–", *_tonnes(doc, *sums(items))])
        for code, plain, sent, caught in items:
            rows.append([vocab.air(code, doc.lang), str(line), code, *_tonnes(doc, plain, sent, caught)])
            doc.add("emissions", emission(code, None, round(plain + sent - caught, 3)))
            line += 1
    doc.table(None, rows, role="emissions")
    maybe_distractor(doc)


def _emissions_p2_vi(doc: Doc) -> None:
    sources = [s for s in pick_sources(doc, 6) if s.organized][:3]
    while len(sources) < 2:
        sources = [s for s in pick_sources(doc, 6) if s.organized][:3]
    rows, merges = [_row(doc, "em2.head")], []
    for n, s in enumerate(sources, 1):
        start = len(rows)
        for code in s.codes:
            before = rate(doc.rng, 0.05, 60, 3)
            efficiency = doc.rng.choice((95, 97, 98, 99)) if code == "2902" else doc.rng.choice((0, 0, 30, 45)) if code == "0330" else 0
            after = round(before * (100 - efficiency) / 100, 4)
            first = len(rows) == start
            rows.append([str(n) if first else None, s.name if first else None, vocab.air(code, "vi", 1), num(before, "vi"),
                         num(efficiency, "vi") if efficiency else "-", num(after, "vi")])
            doc.add("emissions", emission(code, None, after))
        if len(rows) - 1 > start:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# LoW code: (formula, [(symbol, value or (low, high, step), RU unit, KK unit)], factor) — amount = factor × product
CALC = {
    "20 03 01": ("М = N · q · ρ", [("N", (40, 350, 1), "чел.", "адам"), ("q", 0.3, "м3/год на 1 чел.", "м3/жыл 1 адамға"),
                                   ("ρ", 0.25, "т/м3", "т/м3")], 1),
    "20 01 21*": ("М = n · m · 10⁻⁶", [("n", (40, 400, 1), "шт./год", "дана/жыл"), ("m", 250, "г", "г")], 1e-6),
    "12 01 13": ("М = G · α", [("G", (0.5, 6, 0.1), "т/год", "т/жыл"), ("α", 0.015, "", "")], 1),
    "15 02 02*": ("М = М0 + 0,12 · М0 + 0,15 · М0", [("М0", (0.05, 1.2, 0.01), "т/год", "т/жыл")], 1.27),
    "13 02 05*": ("М = V · ρ · k", [("V", (2, 30, 0.5), "м3/год", "м3/жыл"), ("ρ", 0.9, "т/м3", "т/м3"), ("k", 0.3, "", "")], 1),
    "16 01 03": ("М = n · m · 10⁻³", [("n", (8, 80, 1), "шт./год", "дана/жыл"), ("m", (22, 55, 1), "кг", "кг")], 1e-3),
    "16 06 01*": ("М = n · m · 10⁻³", [("n", (2, 24, 1), "шт./год", "дана/жыл"), ("m", (14, 32, 1), "кг", "кг")], 1e-3),
    "16 01 07*": ("М = n · m · 10⁻³", [("n", (10, 120, 1), "шт./год", "дана/жыл"), ("m", 0.6, "кг", "кг")], 1e-3),
}  # fmt: skip
# VN-CTNH code: (basis with {n}, n range, kg per n)
CALC_VN = {
    "17 02 03": ("{n} xe nâng, máy móc × 12 lít/lần × 3 lần/năm × 0,9 kg/lít", (3, 15), 32.4),
    "16 01 06": ("{n} bóng/năm × 0,3 kg/bóng", (50, 400), 0.3),
    "18 02 01": ("{n} công nhân bảo trì × 0,5 kg/người/tháng × 12 tháng", (5, 40), 6),
    "18 01 02": ("{n} thùng/năm × 12 kg/thùng", (20, 150), 12),
    "18 01 03": ("{n} can/năm × 1,5 kg/can", (40, 300), 1.5),
    "19 06 01": ("{n} bình/năm × 25 kg/bình", (2, 20), 25),
    "08 02 04": ("{n} hộp/năm × 0,5 kg/hộp", (20, 120), 0.5),
}
TEXT |= {
    "w1.h": ("4.3. Расчет объемов образования отходов", "4.3. Қалдықтардың түзілу көлемдерін есептеу",
             "3.2.1.3. Tác động do chất thải nguy hại"),
    "w1.p": ("Объемы образования отходов определены по Методике разработки проектов нормативов предельного размещения отходов "
             "производства и потребления (приложение № 16 к приказу Министра охраны окружающей среды Республики Казахстан "
             "от 18 апреля 2008 года № 100-п).",
             "Қалдықтардың түзілу көлемдері Өндіріс және тұтыну қалдықтарын орналастырудың шекті нормативтері жобаларын әзірлеу "
             "әдістемесі бойынша айқындалды (Қазақстан Республикасы Қоршаған ортаны қорғау министрінің 2008 жылғы 18 сәуірдегі "
             "№ 100-п бұйрығына № 16 қосымша).",
             "Khối lượng chất thải nguy hại phát sinh được tính toán trên cơ sở định mức tiêu hao và số liệu vận hành của các cơ "
             "sở tương tự:"),
    "w1.head": ("№ п/п|Наименование отхода|Код отхода|Расчетная формула|Исходные данные|Количество образования, т/год",
                "Р/с №|Қалдықтың атауы|Қалдық коды|Есептеу формуласы|Бастапқы деректер|Түзілу мөлшері, т/жыл",
                "TT|Tên chất thải|Mã CTNH|Cơ sở tính toán|Khối lượng phát sinh (kg/năm)"),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.caption": ("Таблица 4.5 – Расчет объемов образования отходов", "4.5-кесте – Қалдықтардың түзілу көлемдерін есептеу",
                   "Bảng 3.18. Dự báo khối lượng chất thải nguy hại phát sinh trong giai đoạn vận hành"),
}  # fmt: skip


def _calc_value(doc: Doc, spec) -> float:
    if not isinstance(spec, tuple):
        return spec
    low, high, step = spec
    return round(doc.rng.randint(round(low / step), round(high / step)) * step, 4) if step < 1 else doc.rng.randint(low, high)


def wastes_p1(doc: Doc) -> None:
    """Waste amounts calculated by the methodology: the formula and the input data (`N = 120 чел.; q = 0,3 ...`) in
    columns of their own before the amount in t/year, a total row (VI: CTNH with the basis of the calculation and
    the amount in kg/year)."""
    vi = doc.lang == "vi"
    opening(doc, "scoping" if vi else "pek")
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p"))
    rows = [_row(doc, "w1.head")]
    if vi:
        names = {code: name for code, name, _ in vocab.VN_CTNH}
        wastes = []
        for k, code in enumerate(doc.rng.sample(sorted(CALC_VN), 5), 1):
            basis, (low, high), per = CALC_VN[code]
            n = doc.rng.randint(low, high)
            kg = round(n * per, 2)
            wastes.append({"code": code, "name": names[code], "hazardous": True, "kg": kg})
            rows.append([str(k), names[code], code, basis.format(n=n), num(kg, "vi")])
        rows.append(["", _t(doc, "w1.total"), "", "", num(round(sum(w["kg"] for w in wastes), 2), "vi")])
        doc.table(_t(doc, "w1.caption"), rows, role="wastes")
        doc.add("wastes", *({"code": w["code"] + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": w["kg"] / 1000,
                             "name_contains": w["name"]} for w in wastes))
        return
    names = {code: (ru, kk) for code, ru, kk in vocab.LOW}
    picked = sorted(doc.rng.sample(sorted(CALC), 5), key=lambda c: (not c.endswith("*"), c))
    amounts = []
    for k, code in enumerate(picked, 1):
        formula, inputs, factor = CALC[code]
        product, said = factor, []
        for symbol, spec, ru, kk in inputs:
            value = _calc_value(doc, spec)
            product *= value
            unit_ = ru if doc.lang == "ru" else kk
            said.append(f"{symbol} = {num(value, doc.lang)}" + (f" {unit_}" if unit_ else ""))
        amount = round(product, 4)
        amounts.append(amount)
        name = names[code][0 if doc.lang == "ru" else 1]
        rows.append([str(k), name, code, formula, "; ".join(said), num(amount, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": name})
    rows.append(["", _t(doc, "w1.total"), "", "", "", num(round(sum(amounts), 4), doc.lang)])
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    maybe_distractor(doc)


# installation (RU, KK) of each hazardous LoW code a licensed treatment site accepts, with the operation code
INSTALLATION = {"15 02 02*": 0, "08 01 11*": 0, "15 01 10*": 0, "16 01 07*": 0, "13 02 05*": 1, "20 01 21*": 2, "16 06 01*": 3}
INSTALLATIONS = (
    (("Инсинератор ИН-50.1К (термическое обезвреживание)", "ИН-50.1К инсинераторы (термиялық залалсыздандыру)"),
     ("D10 – сжигание на суше", "D10 – құрлықта жағу")),
    (("Установка регенерации отработанных масел УРМ-1", "УРМ-1 пайдаланылған майларды регенерациялау қондырғысы"),
     ("R9 – повторная переработка масел", "R9 – майларды қайта өңдеу")),
    (("Демеркуризационная установка УРЛ-2м", "УРЛ-2м демеркуризациялық қондырғысы"),
     ("R4 – извлечение ртути", "R4 – сынапты бөліп алу")),
    (("Участок разборки отработанных аккумуляторов", "Пайдаланылған аккумуляторларды бөлшектеу учаскесі"),
     ("R4 – рециклинг металлов", "R4 – металдарды рециклингтеу")),
)  # fmt: skip
# treatment line (VI) of each VN-CTNH code: 0 incinerator, 1 used oil, 2 lamps, batteries and electronics, 3 drums
TREATMENT_LINE = {"18 02 01": 0, "08 02 04": 0, "18 01 03": 0, "17 02 03": 1, "16 01 06": 2, "19 06 01": 2, "16 01 13": 2, "18 01 02": 3}
TEXT |= {
    "w2.h": ("Приложение к лицензии на выполнение работ и оказание услуг в области охраны окружающей среды",
             "Қоршаған ортаны қорғау саласындағы жұмыстарды орындауға және қызметтерді көрсетуге арналған лицензияға қосымша",
             "Phụ lục II. NỘI DUNG CẤP PHÉP VỀ DỊCH VỤ XỬ LÝ CHẤT THẢI NGUY HẠI"),
    "w2.p": ("Подвид деятельности: переработка, обезвреживание, утилизация и (или) уничтожение опасных отходов. Лицензиат: "
             "ТОО «Эко Сервис Плюс», площадка по обращению с отходами в промышленной зоне г. Караганды.",
             "Қызметтің кіші түрі: қауіпті қалдықтарды қайта өңдеу, залалсыздандыру, кәдеге жарату және (немесе) жою. "
             "Лицензиат: «Эко Сервис Плюс» ЖШС, Қарағанды қаласының өнеркәсіптік аймағындағы қалдықтармен жұмыс алаңы.",
             "(Kèm theo Giấy phép môi trường số 86/GPMT-BNNMT ngày 14 tháng 4 năm 2026 của Bộ Nông nghiệp và Môi trường)"),
    "w2.caption": ("Перечень опасных отходов, принимаемых на объект, и производственная мощность установок",
                   "Объектіге қабылданатын қауіпті қалдықтардың тізбесі және қондырғылардың өндірістік қуаты",
                   "Bảng 1. Danh mục, khối lượng chất thải nguy hại được phép xử lý"),
    "w2.labels": ("№ п/п|Код отхода|Наименование отхода|Вид операции (код)|Производственная мощность, т/год",
                  "Р/с №|Қалдық коды|Қалдықтың атауы|Операция түрі (коды)|Өндірістік қуаты, т/жыл",
                  "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng (kg/năm)|Phương án xử lý"),
    "w2.lines": ("", "",
                 "I. Hệ thống lò đốt chất thải nguy hại (công suất 1.000 kg/giờ)|II. Hệ thống tái chế dầu thải|"
                 "III. Hệ thống xử lý bóng đèn, ắc quy chì và linh kiện điện tử thải|IV. Hệ thống súc rửa bao bì kim loại"),
    "w2.ways": ("", "", "Đốt|Tái chế, thu hồi dầu gốc|Nghiền, phá dỡ, thu hồi thủy ngân, chì|Súc rửa, tái sử dụng bao bì"),
    "w2.total": ("Итого", "Барлығы", "Tổng cộng"),
}  # fmt: skip


def wastes_p2(doc: Doc) -> None:
    """A licence for treating hazardous wastes: the wastes the site may accept, grouped under a row per installation
    spanning the table, the code before the name, the operation with its R/D code, the capacity in t/year, a total
    row (VI: a treatment permit's list of CTNH under a row per treatment line, the state of the waste, kg/year)."""
    vi = doc.lang == "vi"
    if vi:
        doc.h("GIẤY PHÉP MÔI TRƯỜNG")
        doc.p("Cấp cho Công ty Cổ phần Môi trường Xanh Việt được thực hiện dịch vụ xử lý chất thải nguy hại tại Khu liên hợp "
              "xử lý chất thải Nam Bình Dương, phường Chánh Phú Hòa, TP. Hồ Chí Minh.")
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    rows, merges, line, amounts = [_row(doc, "w2.labels")], [], None, []
    if vi:
        picked = doc.rng.sample([w for w in vocab.VN_CTNH if w[0] in TREATMENT_LINE], 5)
        picked.sort(key=lambda w: (TREATMENT_LINE[w[0]], w[0]))
        lines, ways = _opts(doc, "w2.lines"), _opts(doc, "w2.ways")
        for k, (code, name, state) in enumerate(picked, 1):
            if TREATMENT_LINE[code] != line:
                line = TREATMENT_LINE[code]
                _spanning(rows, merges, lines[line])
            kg = doc.rng.randint(20, 600) * 500
            amounts.append(kg)
            rows.append([str(k), name, code, state, num(kg, "vi"), ways[line]])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": name})
        rows.append(["", _t(doc, "w2.total"), "", "", num(sum(amounts), "vi"), ""])
    else:
        lang_i = 0 if doc.lang == "ru" else 1
        names = {code: (ru, kk) for code, ru, kk in vocab.LOW}
        picked = sorted(doc.rng.sample(sorted(INSTALLATION), 5), key=lambda c: (INSTALLATION[c], c))
        for k, code in enumerate(picked, 1):
            (where, operation) = (x[lang_i] for x in INSTALLATIONS[INSTALLATION[code]])
            if INSTALLATION[code] != line:
                line = INSTALLATION[code]
                _spanning(rows, merges, where)
            t = doc.rng.randint(4, 300) * 5 if line != 2 else doc.rng.randint(2, 30)
            amounts.append(t)
            name = names[code][lang_i]
            rows.append([f"{k}.", code, name, operation, num(t, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": float(t), "name_contains": name})
        rows.append(["", "", _t(doc, "w2.total"), "", num(sum(amounts), doc.lang)])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: chemical formula as the hygienic standard prints it
FORMULA = {"0301": "NO2", "0304": "NO", "0330": "SO2", "0337": "CO", "0333": "H2S", "0303": "NH3", "0316": "HCl", "0328": "C",
           "0703": "C20H12", "0602": "C6H6", "1325": "CH2O", "0184": "Pb", "0621": "C7H8", "0616": "C8H10", "2902": "–",
           "0143": "Mn"}
# code: ПДК с.г. (annual mean), mg/m3, where the standard sets one
ANNUAL = {"0301": 0.03, "0330": 0.02, "0602": 0.005, "1325": 0.003, "0184": 0.00015, "2902": 0.075, "0703": 0.000001}
# symbol: (A, B), mg/l — QCVN 14:2008/BTNMT, domestic waste water; None for the oils and fats outside the reference list
QCVN14 = {"pH": ((5, 9), (5, 9)), "BOD5": (30, 50), "TSS": (50, 100), "TDS": (500, 1000), "S2-": (1, 4), "NH4+": (5, 10),
          "NO3-": (30, 50), None: (10, 20), "Surfactants": (5, 10)}
K_FACTOR = (
    ("Khách sạn, nhà nghỉ", "Từ 50 phòng hoặc khách sạn được xếp hạng 3 sao trở lên", "Dưới 50 phòng"),
    ("Trụ sở cơ quan, văn phòng, trường học, cơ sở nghiên cứu", "Lớn hơn hoặc bằng 10.000 m2", "Dưới 10.000 m2"),
    ("Cửa hàng bách hóa, siêu thị", "Lớn hơn hoặc bằng 5.000 m2", "Dưới 5.000 m2"),
    ("Chợ", "Lớn hơn hoặc bằng 1.500 m2", "Dưới 1.500 m2"),
    ("Nhà hàng ăn uống, cửa hàng thực phẩm", "Lớn hơn hoặc bằng 500 m2", "Dưới 500 m2"),
    ("Cơ sở sản xuất, doanh trại lực lượng vũ trang", "Từ 500 người trở lên", "Dưới 500 người"),
    ("Khu chung cư, khu dân cư", "Từ 50 căn hộ trở lên", "Dưới 50 căn hộ"),
)
TEXT |= {
    "l1.h": ("Гигиенические нормативы к атмосферному воздуху в городских и сельских населенных пунктах, на территориях "
             "промышленных организаций",
             "Қалалық және ауылдық елді мекендердегі, өнеркәсіптік ұйымдардың аумақтарындағы атмосфералық ауаға қойылатын "
             "гигиеналық нормативтер",
             "QCVN 14:2008/BTNMT – QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ NƯỚC THẢI SINH HOẠT"),
    "l1.p": ("Утверждены приказом Министра здравоохранения Республики Казахстан от 2 августа 2022 года № ҚР ДСМ-70.",
             "Қазақстан Республикасы Денсаулық сақтау министрінің 2022 жылғы 2 тамыздағы № ҚР ДСМ-70 бұйрығымен бекітілген.",
             "2.1. Giá trị tối đa cho phép của các thông số ô nhiễm trong nước thải sinh hoạt khi thải ra nguồn nước tiếp nhận "
             "nước thải không vượt quá giá trị Cmax được tính toán như sau: Cmax = C x K. Trong đó: C là giá trị nồng độ của "
             "thông số ô nhiễm quy định tại Bảng 1; K là hệ số tính tới quy mô, loại hình cơ sở dịch vụ, cơ sở công cộng và "
             "chung cư quy định tại mục 2.3."),
    "l1.caption": ("Приложение 1. Предельно допустимые концентрации загрязняющих веществ в атмосферном воздухе городских и "
                   "сельских населенных пунктов",
                   "1-қосымша. Қалалық және ауылдық елді мекендердің атмосфералық ауасындағы ластаушы заттардың шекті жол "
                   "берілетін концентрациялары",
                   "Bảng 1 - Giá trị các thông số ô nhiễm làm cơ sở tính toán giá trị tối đa cho phép trong nước thải sinh hoạt"),
    "l1.head0": ("№ п/п|Наименование вещества|Формула|Величина ПДК, мг/м3|^|^|Класс опасности",
                 "Р/с №|Заттың атауы|Формуласы|ШЖК шамасы, мг/м3|^|^|Қауіптілік сыныбы",
                 "TT|Thông số|Đơn vị|Giá trị C|^"),
    "l1.head1": ("^|^|^|м.р.|с.с.|с.г.|^", "^|^|^|м.б.|о.т.|о.ж.|^", "^|^|^|A|B"),
    "l1.note": ("Примечание: м.р. – максимальная разовая, с.с. – среднесуточная, с.г. – среднегодовая предельно допустимая "
                "концентрация; «–» – норматив не установлен.",
                "Ескертпе: м.б. – максималды бір реттік, о.т. – орташа тәуліктік, о.ж. – орташа жылдық шекті жол берілетін "
                "концентрация; «–» – норматив белгіленбеген.",
                "Ghi chú: Cột A quy định giá trị C của các thông số ô nhiễm làm cơ sở tính toán giá trị tối đa cho phép trong "
                "nước thải sinh hoạt khi thải vào các nguồn nước được dùng cho mục đích cấp nước sinh hoạt; cột B áp dụng khi "
                "thải vào các nguồn nước không dùng cho mục đích cấp nước sinh hoạt."),
    "l1.k": ("", "", "2.3. Giá trị hệ số K ứng với loại hình, quy mô và diện tích sử dụng của cơ sở dịch vụ, cơ sở công cộng, "
                     "khu chung cư và khu dân cư, doanh nghiệp được quy định tại Bảng 2."),
    "l1.kcaption": ("", "", "Bảng 2 - Giá trị hệ số K ứng với loại hình cơ sở dịch vụ, cơ sở công cộng và chung cư"),
    "l1.khead": ("", "", "TT|Loại hình cơ sở|Quy mô, diện tích sử dụng của cơ sở|Giá trị hệ số K"),
}  # fmt: skip


def limits_p1(doc: Doc) -> None:
    """An excerpt of the hygienic standard for ambient air: substances in alphabetical order with their formula, ПДК
    as three sub-columns м.р., с.с. and с.г. (mostly dashes in the last), the hazard class, a note row explaining
    the labels (VI: QCVN 14 for domestic waste water, columns A and B, a row of oils and fats outside the reference
    list, the table of K factors after it)."""
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p"))
    rows, merges = [_row(doc, "l1.head0"), _row(doc, "l1.head1")], []
    if doc.lang == "vi":
        merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        for k, s in enumerate(QCVN14, 1):
            a, b = QCVN14[s]
            name = vocab.water(s, "vi") if s else "Dầu mỡ động, thực vật"
            rows.append([str(k), name, "-" if s == "pH" else "mg/l", cell(doc, a), cell(doc, b)])
            for value, column in ((a, "A"), (b, "B")):
                if s is None:  # a substance the reference list does not know: matched by its figures
                    add(doc, {"medium": "waste_water", "unit": "mg/l", "column": column, "point": None, "limit": float(value),
                              "limit_min": None, "limit_max": None, "value": None})
                else:
                    add(doc, limit(("symbol", s), "waste_water", value, "mg/l", column))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.note"))
        doc.p(_t(doc, "l1.k"))
        krows, kmerges = [_row(doc, "l1.khead")], []
        for k, (kind, big, small) in enumerate(K_FACTOR, 1):
            krows += [[str(k), kind, big, "1,0"], [None, None, small, "1,2"]]
            kmerges += [(len(krows) - 2, 0, len(krows) - 1, 0), (len(krows) - 2, 1, len(krows) - 1, 1)]
        doc.table(_t(doc, "l1.kcaption"), krows, kmerges, role="other")
        return
    merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    labels = [x for x in _row(doc, "l1.head1") if x]
    codes = sorted(doc.rng.sample(sorted(FORMULA), 6), key=lambda c: vocab.air(c, doc.lang).lower())
    for k, code in enumerate(codes, 1):
        values = (*AIR_PDK[code], ANNUAL.get(code))
        rows.append([str(k), vocab.air(code, doc.lang), FORMULA[code], *(cell(doc, v, dash="–") for v in values),
                     str(vocab.hazard(code) or "–")])
        for value, label in zip(values, labels, strict=True):
            add(doc, limit(("code", code), "air", value, "mg/m3", label))
    _spanning(rows, merges, _t(doc, "l1.note"))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# symbol: (gross content, mobile form), mg/kg; soil hazard class
SOIL_FORMS = {"Pb": (32, 6), "As": (2, None), "Hg": (2.1, None), "Cu": (None, 3), "Zn": (None, 23), "Ni": (None, 4), "Co": (None, 5),
              "Cr": (None, 6)}
SOIL_CLASS = {"Pb": 1, "As": 1, "Hg": 1, "Zn": 1, "Cu": 2, "Ni": 2, "Co": 2, "Cr": 2}
# code: (1 hour, 8 hours, 24 hours, year), µg/m3 — QCVN 05:2023/BTNMT, table 1
QCVN05 = {"0330": (350, None, 125, 50), "0337": (30000, 10000, None, None), "0301": (200, None, 100, 40),
          "2902": (300, None, 200, 100), "0008": (None, None, 100, 50), "0184": (None, None, 1.5, 0.5)}
# (code or None, VI name, CAS, formula, mg/Nm3) — QCVN 20:2009/BTNMT, organic substances in industrial flue gas
QCVN20 = (("0602", "Benzen", "71-43-2", "C6H6", 5), (None, "Etyl axetat", "141-78-6", "CH3COOC2H5", 1400),
          ("1325", "Formaldehyt", "50-00-0", "HCHO", 20), (None, "Metanol", "67-56-1", "CH3OH", 260),
          ("0621", "Toluen", "108-88-3", "C6H5CH3", 750), ("0616", "Xylen", "1330-20-7", "C6H4(CH3)2", 870))
TEXT |= {
    "l2.h": ("Гигиенические нормативы к безопасности среды обитания", "Тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер",
             "1.3. Các quy chuẩn kỹ thuật áp dụng"),
    "l2.p": ("Утверждены приказом Министра здравоохранения Республики Казахстан от 21 апреля 2021 года № ҚР ДСМ-32 (извлечение).",
             "Қазақстан Республикасы Денсаулық сақтау министрінің 2021 жылғы 21 сәуірдегі № ҚР ДСМ-32 бұйрығымен бекітілген (үзінді).",
             "Chất lượng không khí xung quanh được đánh giá theo QCVN 05:2023/BTNMT – Quy chuẩn kỹ thuật quốc gia về chất lượng "
             "không khí (đơn vị: µg/m3)."),
    "l2.caption": ("Таблица 1. Предельно допустимые концентрации (ПДК) химических веществ в почве",
                   "1-кесте. Топырақтағы химиялық заттардың шекті жол берілетін концентрациялары (ШЖК)",
                   "Bảng 1.4. Giá trị giới hạn các thông số cơ bản trong không khí xung quanh"),
    "l2.head0": ("№ п/п|Наименование вещества|ПДК, мг/кг почвы с учетом фона|^|Класс опасности",
                 "Р/с №|Заттың атауы|ШЖК, мг/кг топырақ (фонды ескере отырып)|^|Қауіптілік сыныбы",
                 "TT|Thông số|Giá trị giới hạn (µg/m3)|^|^|^"),
    "l2.head1": ("^|^|валовое содержание|подвижная форма|^", "^|^|жалпы мөлшері|жылжымалы түрі|^",
                 "^|^|Trung bình 1 giờ|Trung bình 8 giờ|Trung bình 24 giờ|Trung bình năm"),
    "l2.note": ("Примечание: подвижная форма элемента извлекается из почвы ацетатно-аммонийным буферным раствором с рН 4,8.",
                "Ескертпе: элементтің жылжымалы түрі топырақтан рН 4,8 ацетатты-аммонийлі буферлік ерітіндімен алынады.",
                "Ghi chú: dấu (-) là không quy định."),
    "l2.p20": ("", "", "Khí thải từ buồng sơn và lò sấy được so sánh với QCVN 20:2009/BTNMT – Quy chuẩn kỹ thuật quốc gia về khí "
                       "thải công nghiệp đối với một số chất hữu cơ."),
    "l2.caption20": ("", "", "Bảng 1.5. Nồng độ tối đa cho phép của một số chất hữu cơ trong khí thải công nghiệp"),
    "l2.head20": ("", "", "TT|Tên chất|Số CAS|Công thức hóa học|Nồng độ tối đa (mg/Nm3)"),
}  # fmt: skip


def limits_p2(doc: Doc) -> None:
    """Soil ПДК with the form of the element (gross content, mobile form) as two sub-columns, a dash where the standard
    sets none, the soil hazard class, a note row (VI: an ĐTM's applied standards: QCVN 05:2023 with the averaging
    times as sub-columns in µg/m3, then QCVN 20 with CAS and formula columns, two rows outside the reference list)."""
    vi = doc.lang == "vi"
    if vi:
        opening(doc, "scoping")
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p"))
    rows, merges = [_row(doc, "l2.head0"), _row(doc, "l2.head1")], []
    labels = [x for x in _row(doc, "l2.head1") if x]
    if vi:
        merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
        codes = sorted(doc.rng.sample(sorted(QCVN05), 5), key=list(QCVN05).index)
        for k, code in enumerate(codes, 1):
            values = QCVN05[code]
            rows.append([str(k), vocab.air(code, "vi", k), *(cell(doc, v) for v in values)])
            for value, label in zip(values, labels, strict=True):
                add(doc, limit(("code", code), "air", value, "µg/m3", label))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.note"))
        doc.p(_t(doc, "l2.p20"))
        rows = [_row(doc, "l2.head20")]
        for k, (code, name, cas, formula, value) in enumerate(QCVN20, 1):
            rows.append([str(k), name, cas, formula, num(value, "vi")])
            if code is None:  # outside the reference list: matched by its figure
                add(doc, {"medium": "flue_gas", "unit": "mg/Nm3", "column": None, "point": None, "limit": float(value),
                          "limit_min": None, "limit_max": None, "value": None})
            else:
                add(doc, limit(("code", code), "flue_gas", value, "mg/Nm3"))
        doc.table(_t(doc, "l2.caption20"), rows, role="limits")
        return
    merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    picked = ["Pb"] + doc.rng.sample([s for s in SOIL_FORMS if s != "Pb"], 5)
    for k, s in enumerate(sorted(picked, key=list(SOIL_FORMS).index), 1):
        values = SOIL_FORMS[s]
        rows.append([str(k), vocab.soil(s, doc.lang), *(cell(doc, v, dash="–") for v in values), str(SOIL_CLASS[s])])
        for value, label in zip(values, labels, strict=True):
            add(doc, limit(("symbol", s), "soil", value, "mg/kg", label))
    _spanning(rows, merges, _t(doc, "l2.note"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MARKED = {"monthly": (tuple(range(12)),), "quarterly": ((0, 3, 6, 9), (2, 5, 8, 11)), "semiannual": ((3, 9), (5, 11)),
          "yearly": ((6,), (8,))}
AIR_KZ = ("0301", "0304", "0330", "0337", "0333", "0328", "2902")
AIR_VN = ("2902", "0301", "0330", "0337")
TEXT |= {
    "m1.h": ("Приложение 2. График отбора проб на 2026 год", "2-қосымша. 2026 жылға арналған сынама алу кестесі",
             "Phụ lục 2. KẾ HOẠCH THU MẪU, QUAN TRẮC MÔI TRƯỜNG NĂM 2026"),
    "m1.head": ("№|Точка отбора проб|Определяемые показатели|Месяцы отбора проб", "№|Сынама алу нүктесі|Анықталатын көрсеткіштер|Сынама алу айлары",
                "TT|Vị trí quan trắc|Thông số quan trắc|Tháng thực hiện"),
    "m1.points": ("КТ-1 (граница СЗЗ, север)|КТ-2 (граница СЗЗ, юг)|ОС-1 (выпуск очищенных сточных вод)|П-1 (почва, граница СЗЗ)",
                  "КТ-1 (СҚА шекарасы, солтүстік)|КТ-2 (СҚА шекарасы, оңтүстік)|ОС-1 (тазартылған ағынды сулардың шығарылымы)|"
                  "П-1 (топырақ, СҚА шекарасы)",
                  "KK1 – Khu vực cổng chính|KK2 – Khu dân cư cuối hướng gió chủ đạo|NT1 – Nước thải sau hệ thống xử lý|"
                  "KT1 – Ống khói lò hơi"),
    "m1.after": ("В графах месяцев указаны плановые даты отбора проб; пустая графа – отбор не проводится.",
                 "Ай бағандарында сынама алудың жоспарлы күндері көрсетілген; бос баған – сынама алынбайды.",
                 "Ghi chú: ô tháng ghi ngày dự kiến lấy mẫu; ô để trống là không thực hiện quan trắc."),
}  # fmt: skip


def monitoring_p1(doc: Doc) -> None:
    """A sampling schedule: points with their parameters listed in one cell, then twelve month columns in Roman
    numerals under a merged header, the planned date (`14.03`) in the months of sampling and nothing in the others;
    no frequency column, a line after the table saying what the cells hold (VI: months 1–12, dates `14/03`, the
    stack among the points)."""
    vi = doc.lang == "vi"
    opening(doc, "pek")
    doc.h(_t(doc, "m1.h"))
    head = _row(doc, "m1.head") + [None] * 11
    rows = [head, [None, None, None, *([str(m) for m in range(1, 13)] if vi else ROMAN_MONTHS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    if vi:
        plan = (("code", AIR_VN, ("quarterly", "semiannual")), ("code", AIR_VN, ("quarterly", "semiannual")),
                ("symbol", ("pH", "TSS", "BOD5", "COD", "NH4+", "TN", "TP"), ("monthly", "quarterly")),
                ("code", AIR_VN, ("quarterly",)))
    else:
        plan = (("code", AIR_KZ, ("quarterly", "semiannual")), ("code", AIR_KZ, ("quarterly", "semiannual")),
                ("symbol", ("pH", "TSS", "BOD5", "COD", "TPH", "NH4+", "Fe", "Cl-"), ("monthly", "quarterly")),
                ("soil", ("Pb", "Zn", "Cu", "Cd", "Ni"), ("yearly", "semiannual")))
    for k, (point, (key, pool, words)) in enumerate(zip(_opts(doc, "m1.points"), plan, strict=True), 1):
        word = doc.pick(words)
        months = doc.pick(MARKED[word])
        picked = sorted(doc.rng.sample(pool, 3 if key == "code" else 4), key=pool.index)
        if key == "code":
            names = [vocab.air(c, doc.lang, doc.rng.randrange(2) if vi else 0) for c in picked]
        elif key == "soil":
            names = [vocab.soil(s, doc.lang) for s in picked]
        else:
            names = [vocab.water(s, doc.lang) for s in picked]
        day = doc.rng.randint(5, 25)
        dates = [f"{day:02d}{'/' if vi else '.'}{m + 1:02d}" if m in months else "" for m in range(12)]
        rows.append([str(k), point, ", ".join(names), *dates])
        code = point.split()[0]
        field = "code" if key == "code" else "symbol"
        doc.add("monitoring", *(_mon({"point_contains": code}, (field, x), word) for x in picked))
    doc.table(None, rows, merges, role="monitoring")
    doc.p(_t(doc, "m1.after"))
    maybe_distractor(doc)


TEXT |= {
    "m2.h": ("Приложение 3 к экологическому разрешению. Программа производственного экологического контроля (извлечение)",
             "Экологиялық рұқсатқа 3-қосымша. Өндірістік экологиялық бақылау бағдарламасы (үзінді)",
             "Phụ lục III. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ"),
    "m2.caption": ("Таблица 3.1 – Мониторинг воздействия", "3.1-кесте – Әсер мониторингі", "Bảng 3. Vị trí, thông số và tần suất quan trắc"),
    "m2.head": ("Точка контроля|Контролируемые показатели и периодичность|Норматив для сравнения",
                "Бақылау нүктесі|Бақыланатын көрсеткіштер және кезеңділігі|Салыстыру нормативі",
                "Vị trí quan trắc|Thông số và tần suất quan trắc|Quy chuẩn so sánh"),
    "m2.points": ("ОС-1 – выпуск № 1, очищенные сточные воды|Н-3 – наблюдательная скважина ниже площадки|ПП-1 – пробная площадка на границе СЗЗ",
                  "ТҚ-1 – № 1 шығарылым, тазартылған ағынды сулар|Н-3 – алаңнан төмен бақылау ұңғымасы|СА-1 – СҚА шекарасындағы сынама алаңы",
                  "NT1 – Nước thải sau hệ thống xử lý tập trung|NN1 – Nước dưới đất tại giếng quan trắc|KT1 – Ống khói lò hơi"),
    "m2.norms": ("нормативы допустимых сбросов по выпуску № 1|ПДК для подземных вод|ПДК химических веществ в почве",
                 "№ 1 шығарылым бойынша жол берілетін төгінділер нормативтері|Жерасты сулары үшін ШЖК|Топырақтағы химиялық заттардың ШЖК",
                 "QCVN 40:2011/BTNMT, cột A (Kq = 0,9; Kf = 1,0)|QCVN 09:2023/BTNMT|QCVN 19:2009/BTNMT, cột B"),
}  # fmt: skip
# per point: groups of (key, pool, how many, frequencies)
GROUPS_KZ = (
    (("symbol", ("pH", "TSS", "BOD5", "COD"), 3, ("monthly",)), ("symbol", ("TPH", "Fe", "NH4+", "Surfactants"), 2, ("quarterly",))),
    (("symbol", ("TDS", "Cl-", "SO4", "NO3-"), 3, ("quarterly",)), ("symbol", ("Pb", "Cu", "Zn", "Cd"), 2, ("semiannual", "yearly"))),
    (("soil", ("Pb", "Zn", "Cu", "Ni", "Co"), 3, ("yearly",)),),
)
GROUPS_VN = (
    (("symbol", ("pH", "TSS", "COD", "BOD5", "NH4+"), 4, ("quarterly",)), ("symbol", ("As", "Hg", "Pb", "Cd"), 2, ("semiannual",))),
    (("symbol", ("pH", "TDS", "NH4+", "NO3-", "Cl-"), 3, ("semiannual",)), ("symbol", ("Fe", "Mn"), 2, ("yearly",))),
    (("code", AIR_VN, 3, ("quarterly",)),),
)


def monitoring_p2(doc: Doc) -> None:
    """A permit's annex: a row per point, the parameters and their frequency written in one cell, two groups with
    different frequencies at the same point (`... – ежемесячно; ... – 1 раз в квартал`), the standard compared
    against last."""
    vi = doc.lang == "vi"
    opening(doc, "permit")
    doc.h(_t(doc, "m2.h"))
    rows = [_row(doc, "m2.head")]
    for point, norm, groups in zip(_opts(doc, "m2.points"), _opts(doc, "m2.norms"), GROUPS_VN if vi else GROUPS_KZ, strict=True):
        code, said = point.split()[0], []
        for key, pool, n, words in groups:
            word = doc.pick(words)
            picked = sorted(doc.rng.sample(pool, n), key=pool.index)
            if key == "code":
                names = [vocab.air(c, "vi", 1) for c in picked]
            elif key == "soil":
                names = [lower(vocab.soil(s, doc.lang)) for s in picked]
            else:
                names = [vocab.water(s, doc.lang) if vi else lower(vocab.water(s, doc.lang)) for s in picked]
            listed = ", ".join(names)
            said.append(f"{listed} (tần suất: {freq(doc, word)})" if vi else f"{listed} – {freq(doc, word)}")
            field = "code" if key == "code" else "symbol"
            doc.add("monitoring", *(_mon({"point_contains": code}, (field, x), word) for x in picked))
        rows.append([point, "; ".join(said), norm])
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.h": ("Приказ от 12 января 2026 года № 45-п «Об организации производственного экологического контроля в 2026 году»",
             "2026 жылғы 12 қаңтардағы № 45-п «2026 жылы өндірістік экологиялық бақылауды ұйымдастыру туралы» бұйрық",
             "QUYẾT ĐỊNH số 15/QĐ-CT ngày 12/01/2026 về việc ban hành Kế hoạch tự kiểm tra công tác bảo vệ môi trường năm 2026"),
    "i1.p": ("В соответствии со статьей 182 Экологического кодекса Республики Казахстан график внутренних проверок "
             "утвержден согласно приложению 1 к настоящему приказу.",
             "Қазақстан Республикасы Экологиялық кодексінің 182-бабына сәйкес ішкі тексерулер кестесі осы бұйрыққа "
             "1-қосымшаға сәйкес бекітілді.",
             "Căn cứ Luật Bảo vệ môi trường năm 2020, Kế hoạch tự kiểm tra được ban hành kèm theo Quyết định này."),
    "i1.annex": ("Приложение 1 к приказу № 45-п от 12.01.2026", "12.01.2026 жылғы № 45-п бұйрыққа 1-қосымша",
                 "Phụ lục (Kèm theo Quyết định số 15/QĐ-CT ngày 12/01/2026 của Giám đốc Công ty)"),
    "i1.caption": ("График внутренних проверок на 2026 год", "2026 жылға арналған ішкі тексерулер кестесі",
                   "Kế hoạch tự kiểm tra công tác bảo vệ môi trường năm 2026"),
    "i1.head": ("Периодичность проверки|Проверяемые подразделения и объекты|Ответственный за проведение проверки",
                "Тексеру кезеңділігі|Тексерілетін бөлімшелер мен объектілер|Тексеруді жүргізуге жауапты",
                "Tần suất kiểm tra|Bộ phận, khu vực được kiểm tra|Người chủ trì kiểm tra"),
    "i1.who": ("Инженер-эколог|Главный инженер|Комиссия под председательством технического директора",
               "Инженер-эколог|Бас инженер|Техникалық директор төрағалық ететін комиссия",
               "Cán bộ phụ trách môi trường|Phó Giám đốc kỹ thuật|Hội đồng kiểm tra nội bộ"),
}  # fmt: skip
EVERY = ("monthly", "quarterly", "semiannual", "yearly")


def inspections_p1(doc: Doc) -> None:
    """An order's annex whose rows are frequencies: the units checked that often listed in one cell, separated by
    semicolons (one per line in the document), and who checks last."""
    doc.h(_t(doc, "i1.h"))
    doc.p(_t(doc, "i1.p"))
    doc.h(_t(doc, "i1.annex"))
    chosen = set(doc.rng.sample(EVERY, 3))
    words = [w for w in EVERY if w in chosen]
    names = units(doc, 6)
    sizes = doc.pick(((2, 2, 2), (2, 3, 1), (3, 2, 1), (1, 3, 2)))
    rows, start = [_row(doc, "i1.head")], 0
    for word, size, who in zip(words, sizes, _opts(doc, "i1.who"), strict=True):
        group = names[start : start + size]
        start += size
        rows.append([_cap(freq(doc, word)), ";\n".join(group), who])
        doc.add("obligations", *({"kind": "inspection", "frequency": word, "text_contains": u} for u in group))
    doc.table(_t(doc, "i1.caption"), rows, role="inspections")
    maybe_distractor(doc)


TEXT |= {
    "i2.h": ("Положение о производственном экологическом контроле", "Өндірістік экологиялық бақылау туралы ереже",
             "QUY CHẾ BẢO VỆ MÔI TRƯỜNG NỘI BỘ"),
    "i2.p": ("Стандарт организации СТ 02-2026, утвержденный приказом генерального директора от 20 января 2026 года № 18.",
             "Бас директордың 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген СТ 02-2026 ұйым стандарты.",
             "(Ban hành kèm theo Quyết định số 18/QĐ-GĐ ngày 20/01/2026 của Giám đốc Công ty)"),
    "i2.chapter": ("Глава 6. Внутренние проверки", "6-тарау. Ішкі тексерулер", "Điều 6. Tự kiểm tra về bảo vệ môi trường"),
    "i2.lead": ("Перечень подразделений, предмет и порядок внутренних проверок приведены в таблице 6.1.",
                "Бөлімшелердің тізбесі, ішкі тексерулердің мәні мен тәртібі 6.1-кестеде келтірілген.",
                "Các bộ phận, nội dung và hình thức tự kiểm tra được quy định tại Bảng 6.1."),
    "i2.caption": ("Таблица 6.1 – Порядок проведения внутренних проверок", "6.1-кесте – Ішкі тексерулерді жүргізу тәртібі",
                   "Bảng 6.1. Nội dung và hình thức tự kiểm tra"),
    "i2.head": ("№|Подразделение|Предмет проверки|Порядок и периодичность проведения",
                "№|Бөлімше|Тексеру мәні|Жүргізу тәртібі мен кезеңділігі",
                "TT|Bộ phận|Nội dung kiểm tra|Hình thức và tần suất kiểm tra"),
    "i2.cell": ("Проверка проводится {freq} комиссией под председательством {chair}; результаты оформляются актом проверки",
                "Тексеру {freq} {chair} төрағалық ететін комиссиямен жүргізіледі; нәтижелері тексеру актісімен ресімделеді",
                "Kiểm tra định kỳ {freq} do {chair} chủ trì; kết quả được lập thành biên bản"),
    "i2.chairs": ("главного инженера|технического директора|начальника отдела охраны окружающей среды",
                  "бас инженер|техникалық директор|қоршаған ортаны қорғау бөлімінің бастығы",
                  "Phó Giám đốc kỹ thuật|Trưởng phòng An toàn – Môi trường|Quản đốc phân xưởng"),
}  # fmt: skip


def inspections_p2(doc: Doc) -> None:
    """An internal regulation: no frequency column, the frequency inside a sentence in the `Порядок` cell together
    with who chairs the commission and how the result is recorded."""
    doc.h(_t(doc, "i2.h"))
    doc.p(_t(doc, "i2.p"))
    doc.h(_t(doc, "i2.chapter"))
    doc.p(_t(doc, "i2.lead"))
    rows = [_row(doc, "i2.head")]
    chairs = _opts(doc, "i2.chairs")
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(EVERY)
        said = _t(doc, "i2.cell").format(freq=freq(doc, word), chair=doc.pick(chairs))
        rows.append([str(k), unit, doc.pick(CHECKS[doc.lang]), said])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(_t(doc, "i2.caption"), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (task, form of completion, responsible, term, financing) — an akimat's plan, responsible bodies abbreviated
PLAN = {
    "ru": (
        ("Провести инвентаризацию мест несанкционированного размещения отходов", "информация в акимат области",
         "акиматы городов и районов, УПРиРП", "ежегодно, II квартал", "МБ"),
        ("Обеспечить ликвидацию выявленных несанкционированных свалок", "информация в акимат области", "акиматы городов и районов",
         "ежегодно, до 1 октября", "МБ"),
        ("Организовать раздельный сбор твердых бытовых отходов в городах областного значения", "информация в акимат области",
         "УЭиЖКХ, акиматы городов", "2026–2027 годы", "МБ, частные инвестиции"),
        ("Расширить сеть автоматических постов наблюдения за качеством атмосферного воздуха", "акт ввода в эксплуатацию",
         "РГП «Казгидромет» (по согласованию), УПРиРП", "IV квартал 2027 года", "РБ"),
        ("Провести озеленение санитарно-защитных зон промышленных предприятий", "информация в УПРиРП",
         "природопользователи (по согласованию)", "2026–2028 годы", "собственные средства предприятий"),
        ("Разработать комплексный план снижения выбросов от объектов теплоэнергетики", "постановление акимата области",
         "УЭиЖКХ, УПРиРП", "до 1 июля 2026 года", "не требуется"),
        ("Обеспечить перевод частного жилого сектора на газоснабжение", "информация в акимат области", "УЭиЖКХ",
         "2026–2028 годы", "РБ, МБ"),
        ("Организовать информирование населения о качестве атмосферного воздуха", "публикации в СМИ",
         "УПРиРП, РГП «Казгидромет» (по согласованию)", "ежеквартально", "не требуется"),
    ),
    "kk": (
        ("Қалдықтарды рұқсатсыз орналастыру орындарына түгендеу жүргізу", "облыс әкімдігіне ақпарат",
         "қалалар мен аудандардың әкімдіктері, ТРТПРБ", "жыл сайын, II тоқсан", "ЖБ"),
        ("Анықталған рұқсатсыз үйінділердің жойылуын қамтамасыз ету", "облыс әкімдігіне ақпарат", "қалалар мен аудандардың әкімдіктері",
         "жыл сайын, 1 қазанға дейін", "ЖБ"),
        ("Облыстық маңызы бар қалаларда қатты тұрмыстық қалдықтарды бөлек жинауды ұйымдастыру", "облыс әкімдігіне ақпарат",
         "ЭТКШБ, қалалар әкімдіктері", "2026–2027 жылдар", "ЖБ, жеке инвестициялар"),
        ("Атмосфералық ауа сапасын бақылаудың автоматты бекеттерінің желісін кеңейту", "пайдалануға беру актісі",
         "«Қазгидромет» РМК (келісім бойынша), ТРТПРБ", "2027 жылғы IV тоқсан", "РБ"),
        ("Өнеркәсіптік кәсіпорындардың санитариялық-қорғау аймақтарын көгалдандыру", "ТРТПРБ-ға ақпарат",
         "табиғат пайдаланушылар (келісім бойынша)", "2026–2028 жылдар", "кәсіпорындардың өз қаражаты"),
        ("Жылу энергетикасы объектілерінен шығарындыларды азайтудың кешенді жоспарын әзірлеу", "облыс әкімдігінің қаулысы",
         "ЭТКШБ, ТРТПРБ", "2026 жылғы 1 шілдеге дейін", "талап етілмейді"),
        ("Жеке тұрғын үй секторын газбен жабдықтауға көшіруді қамтамасыз ету", "облыс әкімдігіне ақпарат", "ЭТКШБ",
         "2026–2028 жылдар", "РБ, ЖБ"),
        ("Халықты атмосфералық ауаның сапасы туралы хабардар етуді ұйымдастыру", "БАҚ-та жариялау",
         "ТРТПРБ, «Қазгидромет» РМК (келісім бойынша)", "тоқсан сайын", "талап етілмейді"),
    ),
}  # fmt: skip
# (task, lead body, partner bodies, term, product, section 0 or 1) — a province's plan
PLAN_VN = (
    ("Tổ chức tuyên truyền, phổ biến Luật Bảo vệ môi trường năm 2020 và các văn bản hướng dẫn thi hành", "Sở Nông nghiệp và Môi trường",
     "Sở Văn hóa, Thể thao và Du lịch; UBND cấp huyện", "Thường xuyên", "Hội nghị, tài liệu tuyên truyền", 0),
    ("Hướng dẫn các cơ sở sản xuất, kinh doanh lập hồ sơ đề nghị cấp giấy phép môi trường", "Sở Nông nghiệp và Môi trường",
     "UBND cấp huyện", "Thường xuyên", "Văn bản hướng dẫn", 0),
    ("Rà soát, cập nhật danh mục cơ sở có nguy cơ gây ô nhiễm môi trường", "Sở Nông nghiệp và Môi trường",
     "Ban Quản lý các khu công nghiệp tỉnh", "Quý II/2026", "Danh mục được UBND tỉnh phê duyệt", 1),
    ("Triển khai phân loại chất thải rắn sinh hoạt tại nguồn", "UBND các huyện, thị xã, thành phố", "Sở Xây dựng",
     "Trước ngày 31/12/2026", "Báo cáo kết quả thực hiện", 1),
    ("Đầu tư trạm quan trắc không khí tự động, liên tục tại thành phố", "Sở Nông nghiệp và Môi trường", "Sở Tài chính",
     "Năm 2026–2027", "Trạm quan trắc được đưa vào vận hành", 1),
    ("Đôn đốc các khu công nghiệp hoàn thiện hệ thống xử lý nước thải tập trung", "Ban Quản lý các khu công nghiệp tỉnh",
     "Sở Nông nghiệp và Môi trường", "Quý III/2026", "Báo cáo UBND tỉnh", 1),
    ("Xây dựng kế hoạch quản lý chất lượng môi trường không khí cấp tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Y tế; Sở Công Thương",
     "Tháng 9/2026", "Kế hoạch được UBND tỉnh ban hành", 1),
    ("Bố trí kinh phí sự nghiệp môi trường để thực hiện các nhiệm vụ của Kế hoạch", "Sở Tài chính", "Sở Nông nghiệp và Môi trường",
     "Hằng năm", "Dự toán ngân sách được giao", 1),
)  # fmt: skip
TEXT |= {
    "t1.approved": ("Утвержден постановлением акимата Карагандинской области от 15 января 2026 года № 04/01",
                    "Қарағанды облысы әкімдігінің 2026 жылғы 15 қаңтардағы № 04/01 қаулысымен бекітілген",
                    "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"),
    "t1.h": ("План мероприятий по охране окружающей среды Карагандинской области на 2026–2028 годы",
             "Қарағанды облысының 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
             "KẾ HOẠCH Triển khai thực hiện Luật Bảo vệ môi trường năm 2020 trên địa bàn tỉnh năm 2026"),
    "t1.p": ("", "", "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh)"),
    "t1.head": ("№ п/п|Наименование мероприятия|Форма завершения|Ответственные за исполнение|Срок исполнения|Источник финансирования",
                "Р/с №|Іс-шараның атауы|Аяқталу нысаны|Орындауға жауаптылар|Орындау мерзімі|Қаржыландыру көзі",
                "TT|Nội dung nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian hoàn thành|Sản phẩm"),
    "t1.sections": ("", "", "I|CÔNG TÁC TUYÊN TRUYỀN, HƯỚNG DẪN|II|KIỂM SOÁT Ô NHIỄM, QUẢN LÝ CHẤT THẢI VÀ NGUỒN LỰC"),
    "t1.legend": ("Расшифровка аббревиатур:|УПРиРП – Управление природных ресурсов и регулирования природопользования Карагандинской "
                  "области;|УЭиЖКХ – Управление энергетики и жилищно-коммунального хозяйства Карагандинской области;|"
                  "РГП – республиканское государственное предприятие;|МБ – местный бюджет; РБ – республиканский бюджет; "
                  "СМИ – средства массовой информации.",
                  "Аббревиатуралардың толық жазылуы:|ТРТПРБ – Қарағанды облысының табиғи ресурстар және табиғат пайдалануды "
                  "реттеу басқармасы;|ЭТКШБ – Қарағанды облысының энергетика және тұрғын үй-коммуналдық шаруашылығы басқармасы;|"
                  "РМК – республикалық мемлекеттік кәсіпорын;|ЖБ – жергілікті бюджет; РБ – республикалық бюджет; "
                  "БАҚ – бұқаралық ақпарат құралдары.",
                  ""),
}  # fmt: skip


def tasks_p1(doc: Doc) -> None:
    """An akimat's plan: form of completion before the responsible bodies, which are abbreviations explained in lines
    after the table, terms like `ежегодно, до 1 октября`, a financing column of abbreviations (VI: a province's plan
    under a decision, section rows with Roman numerals in the number column, lead and partner bodies, a product
    column, items numbered straight through)."""
    doc.p(_t(doc, "t1.approved"))
    doc.h(_t(doc, "t1.h"))
    rows = [_row(doc, "t1.head")]
    if doc.lang == "vi":
        doc.p(_t(doc, "t1.p"))
        picked = sorted(doc.rng.sample(range(len(PLAN_VN)), 6))
        if all(PLAN_VN[i][5] for i in picked):
            picked = [doc.rng.choice((0, 1))] + picked[1:]
        sections, section = _opts(doc, "t1.sections"), None
        for n, i in enumerate(picked, 1):
            text, lead, partner, term, product, part = PLAN_VN[i]
            if part != section:
                section = part
                rows.append([sections[2 * part], sections[2 * part + 1], "", "", "", ""])
            rows.append([str(n), text, lead, partner, term, product])
            doc.add("obligations", task(str(n), text, lead))
        doc.table(None, rows, role="tasks")
        return
    for k, (text, form, who, term, money) in enumerate(doc.rng.sample(PLAN[doc.lang], 6), 1):
        rows.append([f"{k}.", text, form, who, term, money])
        doc.add("obligations", task(str(k), text, who.split(",")[0]))
    doc.table(None, rows, role="tasks")
    for line in _opts(doc, "t1.legend"):
        doc.p(line)


TEXT |= {
    "t2.h": ("Отчет о выполнении плана мероприятий по охране окружающей среды за 2026 год",
             "2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарының орындалуы туралы есеп",
             "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "t2.who": ("Природопользователь: {operator}; объект: {name}.", "Табиғат пайдаланушы: {operator}; объект: {name}.",
               "Cơ sở: {name} ({operator})."),
    "t2.p": ("Отчет составлен по форме, установленной уполномоченным органом в области охраны окружающей среды.",
             "Есеп қоршаған ортаны қорғау саласындағы уәкілетті орган белгілеген нысан бойынша жасалды.",
             "Báo cáo được lập theo Kế hoạch bảo vệ môi trường năm 2026 đã được Giám đốc Công ty phê duyệt."),
    "t2.caption": ("Таблица 1 – Выполнение мероприятий", "1-кесте – Іс-шаралардың орындалуы", "Bảng 1. Kết quả thực hiện các nhiệm vụ"),
    "t2.head": ("№|Наименование мероприятия|Срок выполнения по плану|Ответственный исполнитель|Информация о выполнении|Отметка о выполнении",
                "№|Іс-шараның атауы|Жоспар бойынша орындау мерзімі|Жауапты орындаушы|Орындалуы туралы ақпарат|Орындалу белгісі",
                "TT|Nhiệm vụ|Đơn vị chủ trì|Thời hạn|Kết quả thực hiện|Đánh giá"),
    "t2.done": ("Выполнено, акт приемки от {date}.|Работы ведутся, готовность {p} %.|"
                "Перенесено на 2027 год в связи с отсутствием финансирования.",
                "Орындалды, {date} қабылдау актісі.|Жұмыстар жүргізілуде, дайындығы {p} %.|"
                "Қаржыландырудың болмауына байланысты 2027 жылға ауыстырылды.",
                "Đã hoàn thành, biên bản nghiệm thu ngày {date}.|Đang triển khai, đạt khoảng {p}% khối lượng.|"
                "Chưa thực hiện, chuyển sang năm 2027 do chưa bố trí được kinh phí."),
    "t2.status": ("выполнено|выполняется|не выполнено", "орындалды|орындалуда|орындалған жоқ", "Hoàn thành|Đang thực hiện|Chưa thực hiện"),
}  # fmt: skip


def tasks_p2(doc: Doc) -> None:
    """A report on a plan: each task with its planned term and executor, then a column of what was done (dates and
    percentages in sentences) and a status column (VI: the lead unit before the term)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.who").format(name=name, operator=operator))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head")]
    done, status = _opts(doc, "t2.done"), _opts(doc, "t2.status")
    for k, (text, when, who, *_) in enumerate(tasks(doc, 5), 1):
        state = doc.rng.choice((0, 0, 1, 2))
        date = f"{doc.rng.randint(1, 28):02d}{'/' if vi else '.'}{doc.rng.randint(3, 12):02d}{'/' if vi else '.'}2026"
        said = done[state].format(date=date, p=doc.rng.choice((40, 55, 70, 85)))
        rows.append([str(k), text, who, when, said, status[state]] if vi else [str(k), text, when, who, said, status[state]])
        doc.add("obligations", task(str(k), text, who))
    doc.table(_t(doc, "t2.caption"), rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"P{k}", globals()[f"{role}_p{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_p1` … `tasks_p2`, in the order of the roles."""
