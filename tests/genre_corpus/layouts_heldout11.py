"""A blind held-out set (two layouts per role, `V1` and `V2`): never used for tuning, written by someone
who did not run the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: documents as consultancies and laboratories really lay them out once converted from scans or
old templates — tables with a notes column, merged cells everywhere, units in a row of their own under
the header, numbers carrying footnote marks (`0,125*`, `II¹⁾`, `(*)`), the total row first under the
header, rows split over a page break (the tail of a long cell on the first row of the next part, or the
header printed again inside the table), abbreviations explained in lines under the table.

Facility: a laboratory's test protocol whose header card groups the customer's lines under a label merged
down (the category and the KATO in the notes column), with an instruments table of no role; an official
bilingual application form (KK and RU labels side by side; VI: Vietnamese labels with English glosses)
whose header is printed again inside the table, the site's address split over the break, footnote marks
on the category and the coordinates. Emissions: a report's actual emissions with the total first, each
source's total on its own row above its substances, the source type in the notes column, instrumental
figures marked `*`; a permit's norms with `г/с` and `т/год` on two rows per substance (a unit column),
the header printed again between the two rows of one substance. Wastes: formed amounts with a unit row,
a total first, marks on weighed amounts, the table continued in a second part with a waste's name split
over the break; a three-row header with the year's total before the quarters, places of formation as
abbreviations explained under the table. Limits: a laboratory protocol's results under group rows per
sampling point, `result ± uncertainty` (VI: parameter names carrying accreditation marks); boundary
measurements with the substance and its ПДК merged down over the points, an exceedance marked `*` and a
ratio column (VI: QCVN 05 one-hour values in µg/m3 under a three-row header). Monitoring: a programme
with one parameter per row, the point, its coordinates and frequency merged down over them, continued
in a second part that repeats the point; a water programme with the total of samples first, point codes
explained under the table. Inspections: a schedule with the total of checks first, marked frequencies,
abbreviated responsibles and a unit's name split over the break into a second part; an order's annex
printed as two halves side by side with abbreviated frequencies and a legend. Tasks: a work plan with
the total cost first, a unit row, the continuation caption and the header printed again inside the table
and a task's text split over it; the decisions of a meeting's minutes under agenda rows, numbered 1.1,
the person and position responsible, the term merged down within an agenda item.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, maybe_distractor, num, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, QCVN40, add, cell, limit
from .obligations_data import inspection, task, units
from .registry import ROLES, Layout
from .sources_data import emission, expect_sources, pick_sources, rates, total

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


def _span(text: str, width: int) -> list[str | None]:
    """A row whose one cell spans the table: a group, a section, a continuation caption."""
    return [text] + [None] * (width - 1)


def _numbers(doc: Doc, width: int) -> list[str]:
    """The row of column numbers: `1 | 2 | 3` (VI: `(1) | (2) | (3)`)."""
    return [f"({k})" if doc.lang == "vi" else str(k) for k in range(1, width + 1)]


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _halves(text: str) -> tuple[str, str]:
    """A cell's text cut at a word in its middle: what stays on the page and what goes to the next one."""
    parts = text.split()
    k = max(1, len(parts) // 2)
    return " ".join(parts[:k]), " ".join(parts[k:])


def _mark(doc: Doc, text: str, mark: str = "*") -> str:
    """A figure or word with a footnote mark as the language puts it: `0,125*` (VI: `0,125 (*)`)."""
    return f"{text} ({mark})" if doc.lang == "vi" else f"{text}{mark}"


CONT = {"ru": "Продолжение таблицы {n}", "kk": "{n}-кестенің жалғасы", "vi": "Bảng {n} (tiếp theo)"}


def _continuation(doc: Doc, number: str, rows: list, merges: list, role: str) -> None:
    """The second part of a table printed over a page break, under `Продолжение таблицы N`: one table of the
    document, so not expected again in `tables`."""
    doc.table(CONT[doc.lang].format(n=number), rows, merges, role=role)
    doc.expected["tables"].pop()


def _notes(doc: Doc, *keys: str) -> None:
    """Footnotes and abbreviations in lines under a table."""
    for key in keys:
        if _t(doc, key):
            doc.p(_t(doc, key))


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.h": ("ПРОТОКОЛ ИСПЫТАНИЙ № {n}/25-ПВ", "СЫНАҚ ХАТТАМАСЫ № {n}/25-ӨШ", "PHIẾU KẾT QUẢ QUAN TRẮC SỐ {n}/2025/KQ-QT"),
    "f1.lab": ("Испытательная лаборатория ТОО «ЭкоАналитика-Центр». Аттестат аккредитации № KZ.T.09.0815 от 22.03.2023 г., "
               "действителен до 22.03.2028 г.",
               "«ЭкоАналитика-Орталық» ЖШС сынақ зертханасы. 22.03.2023 ж. № KZ.T.09.0815 аккредиттеу аттестаты, "
               "22.03.2028 ж. дейін жарамды.",
               "Trung tâm Quan trắc và Phân tích Môi trường Phương Nam – Số hiệu VIMCERTS 087; số hiệu VILAS 1045."),
    "f1.head": ("№|Наименование сведений|^|Сведения|Примечание", "№|Мәліметтердің атауы|^|Мәліметтер|Ескертпе",
                "TT|Nội dung|^|Thông tin|Ghi chú"),
    "f1.customer": ("Заказчик|наименование|БИН|юридический адрес", "Тапсырыс беруші|атауы|БСН|заңды мекенжайы",
                    "Khách hàng|Tên|Mã số doanh nghiệp|Địa chỉ trụ sở"),
    "f1.legal": ("г. Астана, пр. Мангилик Ел, 55/20|г. Караганда, ул. Ерубаева, 32|г. Алматы, пр. Абая, 150/230",
                 "Астана қ., Мәңгілік Ел даңғылы, 55/20|Қарағанды қ., Ерубаев көшесі, 32|Алматы қ., Абай даңғылы, 150/230",
                 "Số 12 Lê Duẩn, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|Số 45 Trần Hưng Đạo, phường Hàng Bài, Hà Nội"),
    "f1.site": ("Производственный объект", "Өндірістік объект", "Tên cơ sở"),
    "f1.where": ("Местонахождение объекта", "Объектінің орналасқан жері", "Địa điểm cơ sở"),
    "f1.cat": ("объект {cat} категории*", "{cat} санатты объект*", "Cơ sở nhóm {cat} (*)"),
    "f1.kato": ("КАТО {kato}", "ҚАТО {kato}", "–"),
    "f1.ground": ("Основание для проведения испытаний", "Сынақ жүргізу үшін негіздеме", "Căn cứ thực hiện"),
    "f1.contract": ("Договор № {k}/25 от {d:02d}.{m:02d}.2025 г.; программа ПЭК", "{d:02d}.{m:02d}.2025 ж. № {k}/25 шарт; ӨЭБ бағдарламасы",
                    "Hợp đồng số {k}/2025/HĐ-QT ngày {d:02d}/{m:02d}/2025"),
    "f1.object": ("Объект испытаний", "Сынақ объектісі", "Loại mẫu"),
    "f1.objects": ("промышленные выбросы от организованных источников|атмосферный воздух на границе СЗЗ|сточные воды, выпуск № 1",
                   "ұйымдастырылған көздерден өнеркәсіптік шығарындылар|СҚА шекарасындағы атмосфералық ауа|ағынды сулар, № 1 шығарылым",
                   "Khí thải ống khói lò hơi|Nước thải sau hệ thống xử lý|Không khí xung quanh"),
    "f1.dates": ("Даты|отбора проб|проведения испытаний", "Күндері|сынама алу|сынақ жүргізу", "Thời gian|Lấy mẫu|Phân tích"),
    "f1.rep": ("Представитель заказчика при отборе проб", "Сынама алу кезіндегі тапсырыс берушінің өкілі", "Đại diện khách hàng"),
    "f1.person": ("инженер-эколог Сапарова Г.Т.|начальник ООС Жакупов Е.М.", "эколог-инженер Сапарова Г.Т.|ҚОҚБ бастығы Жақыпов Е.М.",
                  "Ông Nguyễn Văn Bình – cán bộ môi trường|Bà Lê Thị Thu – trưởng phòng HSE"),
    "f1.foot": ("* Категория объекта указана согласно экологическому разрешению на воздействие № {permit}.",
                "* Объект санаты № {permit} әсер етуге арналған экологиялық рұқсатқа сәйкес көрсетілген.",
                "(*) Phân loại theo Phụ lục IV Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ."),
    "f1.abbr": ("Сокращения: БИН – бизнес-идентификационный номер; КАТО – классификатор административно-территориальных объектов; "
                "ПЭК – производственный экологический контроль; СЗЗ – санитарно-защитная зона; ООС – охрана окружающей среды.",
                "Қысқартулар: БСН – бизнес-сәйкестендіру нөмірі; ҚАТО – әкімшілік-аумақтық объектілер жіктеуіші; "
                "ӨЭБ – өндірістік экологиялық бақылау; СҚА – санитариялық-қорғау аймағы; ҚОҚБ – қоршаған ортаны қорғау бөлімі.",
                "Ghi chú: VIMCERTS – Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường; "
                "VILAS – Hệ thống công nhận phòng thí nghiệm Việt Nam."),
    "f1.si": ("Сведения о средствах измерений", "Өлшеу құралдары туралы мәліметтер", "Thiết bị quan trắc, phân tích"),
    "f1.si.head": ("Наименование СИ|Тип (марка)|Заводской №|Свидетельство о поверке|Действительно до",
                   "ӨҚ атауы|Түрі (маркасы)|Зауыттық №|Салыстырып тексеру туралы куәлік|Жарамдылық мерзімі",
                   "Tên thiết bị|Model|Số seri|Giấy chứng nhận hiệu chuẩn|Hiệu lực đến"),
    "f1.si.rows": ("Газоанализатор|ПОЛАР-3|1127|№ ВА-02-18456|12.11.2025;Аспиратор|ПУ-4Э|3381|№ ВА-02-17703|03.10.2025;"
                   "Метеометр|МЭС-200А|5520|№ ВА-02-16112|28.09.2025",
                   "Газталдағыш|ПОЛАР-3|1127|№ ВА-02-18456|12.11.2025;Аспиратор|ПУ-4Э|3381|№ ВА-02-17703|03.10.2025;"
                   "Метеометр|МЭС-200А|5520|№ ВА-02-16112|28.09.2025",
                   "Máy đo khí thải|Testo 350|61735412|HC-0125/2025|12/01/2026;Bơm lấy mẫu khí|SKC 224-PCXR8|20417|HC-0311/2025|"
                   "03/03/2026;Máy đo pH cầm tay|HI 98107|A0092|HC-0276/2025|28/02/2026"),
    "f1.end": ("Результаты испытаний приведены в приложении к протоколу. Протокол распространяется только на пробы, "
               "подвергнутые испытаниям.",
               "Сынақ нәтижелері хаттамаға қосымшада келтірілген. Хаттама тек сынақтан өткен сынамаларға қолданылады.",
               "Kết quả phân tích được trình bày tại phụ lục kèm theo. Phiếu kết quả chỉ có giá trị đối với mẫu đã phân tích."),
}  # fmt: skip


def facility_v1(doc: Doc) -> None:
    """A laboratory's test protocol: its header card `№ | label | sub-label | value | notes`, the customer's name, BIN
    and legal address as sub-labels under `Заказчик` merged down, single-line labels merged across both label columns,
    the site's category (`объект II категории*`) and its KATO in the notes column, a footnote on the category and the
    abbreviations under the card; then the measuring instruments (no role). VI: a VIMCERTS lab's result sheet, the
    group in the notes column with `(*)`."""
    vi = doc.lang == "vi"
    f = facility(doc)
    doc.h(_t(doc, "f1.h").format(n=doc.rng.randint(100, 980)))
    doc.p(_t(doc, "f1.lab"))
    day, month = doc.rng.randint(3, 20), doc.rng.randint(3, 10)
    customer, *sub = _list(doc, "f1.customer")
    dates, *when = _list(doc, "f1.dates")
    sampled = f"{day:02d}/{month:02d}/2025" if vi else f"{day:02d}.{month:02d}.2025"
    tested = (f"{day + 1:02d}/{month:02d}/2025 – {day + 6:02d}/{month:02d}/2025" if vi
              else f"{day + 1:02d}.{month:02d}.2025–{day + 6:02d}.{month:02d}.2025")
    contract = _t(doc, "f1.contract").format(k=doc.rng.randint(12, 240), d=doc.rng.randint(1, 28), m=doc.rng.randint(1, 2))
    items = [
        (customer, [(sub[0], f["operator"], "–"), (sub[1], f["bin"], "–"), (sub[2], doc.pick(_list(doc, "f1.legal")), "–")]),
        (_t(doc, "f1.site"), [(None, f["name"], _t(doc, "f1.cat").format(cat=f["cat"]))]),
        (_t(doc, "f1.where"), [(None, f["address"], _t(doc, "f1.kato").format(kato=f["kato"]))]),
        (_t(doc, "f1.ground"), [(None, contract, "–")]),
        (_t(doc, "f1.object"), [(None, doc.pick(_list(doc, "f1.objects")), "–")]),
        (dates, [(when[0], sampled, "–"), (when[1], tested, "–")]),
        (_t(doc, "f1.rep"), [(None, doc.pick(_list(doc, "f1.person")), "–")]),
    ]
    rows, merges = [_row(doc, "f1.head")], [(0, 1, 0, 2)]
    for k, (label, lines) in enumerate(items, 1):
        start = len(rows)
        for j, (sublabel, value, note) in enumerate(lines):
            rows.append([str(k) if j == 0 else None, label if j == 0 else None, sublabel, value, note])
        if len(lines) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        else:
            merges.append((start, 1, start, 2))
    doc.table(None, rows, merges, role="facility")
    permit = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(0, 99999999):08d}"
    doc.p(_t(doc, "f1.foot").format(permit=permit))
    doc.p(_t(doc, "f1.abbr"))
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
    if not vi:
        out["kato"] = f["kato"]
    doc.add("facilities", out)
    si = [_row(doc, "f1.si.head")] + [_cells(x) for x in _t(doc, "f1.si.rows").split(";")]
    doc.table(_t(doc, "f1.si"), si, role="other")
    doc.p(_t(doc, "f1.end"))


TEXT |= {
    "f2.title": ("Приложение 1 к заявлению на получение экологического разрешения на воздействие",
                 "Әсер етуге арналған экологиялық рұқсат алуға өтінішке 1-қосымша",
                 "PHỤ LỤC I. THÔNG TIN CHUNG VỀ CƠ SỞ (GENERAL INFORMATION)"),
    "f2.p": ("Форма заполнена оператором на государственном и русском языках.",
             "Нысанды оператор мемлекеттік және орыс тілдерінде толтырды.",
             "Biểu mẫu được lập bằng tiếng Việt và tiếng Anh; trường hợp có khác biệt, nội dung tiếng Việt được áp dụng."),
    "f2.head": ("№|Көрсеткіштің атауы|Наименование показателя|Мәні / Значение|Ескертпе / Примечание",
                "№|Көрсеткіштің атауы|Наименование показателя|Мәні / Значение|Ескертпе / Примечание",
                "STT|Nội dung (Items)|Thông tin (Information)|Ghi chú (Remarks)"),
    "f2.sec1": ("1. Оператор туралы мәліметтер / Сведения об операторе", "1. Оператор туралы мәліметтер / Сведения об операторе",
                "I. THÔNG TIN VỀ CHỦ CƠ SỞ (INVESTOR)"),
    "f2.sec2": ("2. Объект туралы мәліметтер / Сведения об объекте", "2. Объект туралы мәліметтер / Сведения об объекте",
                "II. THÔNG TIN VỀ CƠ SỞ (FACILITY)"),
    "f2.lab.operator": ("Оператордың толық атауы|Полное наименование оператора", "Оператордың толық атауы|Полное наименование оператора",
                        "Tên chủ cơ sở\n(Investor's name)"),
    "f2.lab.bin": ("Бизнес-сәйкестендіру нөмірі (БСН)|Бизнес-идентификационный номер (БИН)",
                   "Бизнес-сәйкестендіру нөмірі (БСН)|Бизнес-идентификационный номер (БИН)", "Mã số doanh nghiệp\n(Enterprise code)"),
    "f2.lab.legal": ("Заңды мекенжайы|Юридический адрес", "Заңды мекенжайы|Юридический адрес", "Địa chỉ trụ sở chính\n(Head office)"),
    "f2.lab.name": ("Объектінің атауы|Наименование объекта", "Объектінің атауы|Наименование объекта", "Tên cơ sở\n(Facility name)"),
    "f2.lab.address": ("Орналасқан жері|Местонахождение", "Орналасқан жері|Местонахождение", "Địa điểm\n(Location)"),
    "f2.lab.kato": ("ӘАОЖ коды|Код КАТО", "ӘАОЖ коды|Код КАТО", ""),
    "f2.lab.oked": ("Негізгі қызмет түрінің коды (ЭҚЖЖ)|Код основного вида деятельности (ОКЭД)",
                    "Негізгі қызмет түрінің коды (ЭҚЖЖ)|Код основного вида деятельности (ОКЭД)", ""),
    "f2.lab.cat": ("Объект санаты|Категория объекта", "Объект санаты|Категория объекта", "Phân loại cơ sở\n(Classification)"),
    "f2.lab.coords": ("Географиялық координаттары|Географические координаты", "Географиялық координаттары|Географические координаты",
                      "Tọa độ trung tâm\n(Coordinates)"),
    "f2.legal": ("г. Астана, ул. Сыганак, 29, офис 410|г. Караганда, пр. Нуркена Абдирова, 12|г. Павлодар, ул. Академика Сатпаева, 64",
                 "Астана қ., Сығанақ көшесі, 29, 410-кеңсе|Қарағанды қ., Нүркен Әбдіров даңғылы, 12|Павлодар қ., Академик Сәтбаев көшесі, 64",
                 "Tầng 9, tòa nhà Sông Đà, số 18 Phạm Hùng, Hà Nội|Số 2 Võ Văn Kiệt, phường Nguyễn Thái Bình, Quận 1, TP. Hồ Chí Minh"),
    "f2.cat": ("{cat}¹⁾", "{cat}¹⁾", "Nhóm {cat} (1)"),
    "f2.coords": ("{dms}²⁾", "{dms}²⁾", "{dms} (2)"),
    "f2.notes": ("по данным государственной регистрации|–|основной", "мемлекеттік тіркеу деректері бойынша|–|негізгі",
                 "Theo Giấy chứng nhận đăng ký doanh nghiệp|–|–"),
    "f2.foot": ("¹⁾ Категория определена согласно приложению 2 к Экологическому кодексу Республики Казахстан. "
                "²⁾ Координаты центра промышленной площадки в системе WGS-84.",
                "¹⁾ Санаты Қазақстан Республикасы Экологиялық кодексінің 2-қосымшасына сәйкес айқындалды. "
                "²⁾ Өнеркәсіптік алаң орталығының WGS-84 жүйесіндегі координаттары.",
                "(1) Theo Phụ lục IV Nghị định số 08/2022/NĐ-CP. (2) Hệ tọa độ WGS-84, tại vị trí cổng chính của cơ sở."),
    "f2.abbr": ("Сокращения: БИН – бизнес-идентификационный номер; КАТО – классификатор административно-территориальных объектов; "
                "ОКЭД – общий классификатор видов экономической деятельности.",
                "Қысқартулар: БСН – бизнес-сәйкестендіру нөмірі; ӘАОЖ – әкімшілік-аумақтық объектілер жіктеуіші; "
                "ЭҚЖЖ – экономикалық қызмет түрлерінің жалпы жіктеуіші.", ""),
}  # fmt: skip


def facility_v2(doc: Doc) -> None:
    """An official bilingual form (RU and KK documents alike): `№ | KK label | RU label | value | notes` under section rows
    spanning the table, items numbered 1.1, 2.1; the header printed again inside the table where the page broke, the
    site's address cut over the break (its tail on the first row after the repeated header); the category `II¹⁾` and the
    coordinates carrying footnote marks explained under the table with the abbreviations. VI: an FDI company's form,
    each label in Vietnamese with an English gloss on a second line in one cell, marks `(1)`, `(2)`."""
    vi = doc.lang == "vi"
    f = facility(doc)
    doc.h(_t(doc, "f2.title"))
    doc.p(_t(doc, "f2.p"))
    head = _row(doc, "f2.head")
    width = len(head)
    note_reg, dash, main = _list(doc, "f2.notes")
    cat = _t(doc, "f2.cat").format(cat=f["cat"])
    coords = _t(doc, "f2.coords").format(dms=f["dms"])
    sections = [
        (_t(doc, "f2.sec1"), [("operator", f["operator"], note_reg), ("bin", f["bin"], dash),
                               ("legal", doc.pick(_list(doc, "f2.legal")), dash)]),
        (_t(doc, "f2.sec2"), [("name", f["name"], dash), ("address", f["address"], dash),
                               *([] if vi else [("kato", f["kato"], dash), ("oked", f["oked"], main)]),
                               ("cat", cat, dash), ("coords", coords, dash)]),
    ]
    rows, merges = [head], []
    for s, (title, lines) in enumerate(sections, 1):
        rows.append(_span(title, width))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        for k, (key, value, note) in enumerate(lines, 1):
            number = f"{s}.{k}" if not vi else str(k)
            labels = [_t(doc, f"f2.lab.{key}")] if vi else _list(doc, f"f2.lab.{key}")
            if key == "address":  # the page breaks inside the address: the header again, then the address's tail
                first, tail = f["address"].split(", ", 1)
                rows.append([number, *labels, first + ",", note])
                rows.append(list(head))
                rows.append(["", *([""] * len(labels)), tail, ""])
                continue
            rows.append([number, *labels, value, note])
    doc.table(None, rows, merges, role="facility")
    _notes(doc, "f2.foot", "f2.abbr")
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]}
    if not vi:
        out.update(kato=f["kato"], oked=f["oked"])
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.h": ("Отчет по программе производственного экологического контроля за 2025 год. Объект: {name}",
             "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Объект: {name}",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "e1.p": ("Раздел 2. Сведения о фактических выбросах загрязняющих веществ в атмосферный воздух ({operator}).",
             "2-бөлім. Атмосфералық ауаға ластаушы заттардың нақты шығарындылары туралы мәліметтер ({operator}).",
             "Chủ dự án: {operator}. Mục 3.2.1.2. Đánh giá tác động do bụi, khí thải trong giai đoạn vận hành."),
    "e1.head": ("№ ИЗА|Наименование источника выбросов, загрязняющего вещества|Код ЗВ|Класс опасности|Фактический выброс за 2025 год|^|Примечание",
                "ЛШК №|Шығарынды көзінің, ластаушы заттың атауы|ЛЗ коды|Қауіптілік сыныбы|2025 жылғы нақты шығарынды|^|Ескертпе",
                "TT|Nguồn thải / Chất ô nhiễm|Tải lượng|^|Ghi chú"),
    "e1.units": ("^|^|^|^|г/с|т/год|^", "^|^|^|^|г/с|т/жыл|^", "^|^|(g/s)|(tấn/năm)|^"),
    "e1.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "e1.incl": ("в том числе по источникам:", "оның ішінде көздер бойынша:", ""),
    "e1.org": ("организованный, H = {h} м", "ұйымдастырылған, H = {h} м", "Nguồn điểm, chiều cao ống {h} m"),
    "e1.unorg": ("неорганизованный", "ұйымдастырылмаған", "Nguồn diện"),
    "e1.caption": ("Таблица 2.1 – Фактические выбросы загрязняющих веществ по источникам",
                   "2.1-кесте – Көздер бойынша ластаушы заттардың нақты шығарындылары",
                   "Bảng 3.9. Tải lượng bụi, khí thải phát sinh từ các nguồn trong giai đoạn vận hành"),
    "e1.foot": ("* – определено инструментальным методом (протоколы испытаний аккредитованной лаборатории); остальные значения – "
                "расчетным методом.",
                "* – аспаптық әдіспен анықталды (аккредиттелген зертхананың сынақ хаттамалары); қалған мәндер – есептік әдіспен.",
                "(*) Tính theo kết quả đo đạc thực tế tại cơ sở tương tự; các giá trị còn lại tính theo hệ số phát thải của "
                "Tổ chức Y tế Thế giới (WHO, 1993)."),
    "e1.abbr": ("Сокращения: ИЗА – источник загрязнения атмосферы; ЗВ – загрязняющее вещество; H – высота источника.",
                "Қысқартулар: ЛШК – ластаушы заттар шығарындыларының көзі; ЛЗ – ластаушы зат; H – көздің биіктігі.", ""),
}  # fmt: skip


def emissions_v1(doc: Doc) -> None:
    """A report's actual emissions with the total for the enterprise as the first row under the header and its units row
    (`г/с | т/год` on a row of their own), `в том числе по источникам:` spanning the table, each source's row carrying the
    source's total above its substances (code and class columns empty on it), the source type and height in the notes
    column, instrumental g/s figures marked `*` with the footnote and abbreviations under the table.
    VI: an ĐTM's loads in the operation period (named in the caption), `Tổng cộng` first, the named sources' rows with
    their totals, the pollutants as `- name` rows, `(*)` marks."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "e1.h").format(name=name))
    doc.p(_t(doc, "e1.p").format(operator=operator))
    sources = pick_sources(doc, doc.rng.randint(3, 4), min_codes=2)
    got = {s.number: rates(doc, s.codes) for s in sources}
    every = [x for s in sources for x in got[s.number]]
    head = [_row(doc, "e1.head"), _row(doc, "e1.units")]
    width = len(head[0])
    merges = [(0, c, 1, c) for c in ((0, 1, 4) if vi else (0, 1, 2, 3, 6))] + [(0, 2, 0, 3) if vi else (0, 4, 0, 5)]
    g_all, t_all = total(doc, [x.g_s for x in every]), total(doc, [x.t_y for x in every])
    rows = list(head)
    if vi:
        rows.append(["", _t(doc, "e1.total"), g_all, t_all, ""])
    else:
        rows.append([_t(doc, "e1.total"), None, None, None, g_all, t_all, ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        rows.append(_span(_t(doc, "e1.incl"), width))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
    organised = [x for s in sources if s.organized for x in got[s.number]]
    forced = doc.pick(organised) if organised else None
    marked = False
    for k, s in enumerate(sources, 1):
        items = got[s.number]
        sums = [total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])]
        kind = _t(doc, "e1.org").format(h=doc.pick((12, 18, 25, 30, 45))) if s.organized else _t(doc, "e1.unorg")
        rows.append([str(k), s.name, *sums, kind] if vi else [s.number, s.name, "", "", *sums, kind])
        for j, x in enumerate(items):
            g = num(x.g_s, doc.lang)
            if x is forced or (s.organized and doc.rng.random() < 0.3):
                g, marked = _mark(doc, g), True
            t = num(x.t_y, doc.lang)
            if vi:
                rows.append(["", f"- {vocab.air(x.code, 'vi', j)}", g, t, ""])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, period="operation"))
            else:
                rows.append(["", vocab.air(x.code, doc.lang), x.code, str(vocab.hazard(x.code) or "–"), g, t, ""])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number, vocab.hazard(x.code)))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    _notes(doc, *(["e1.foot"] if marked else []), "e1.abbr")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


TEXT |= {
    "e2.h": ("Приложение 1 к экологическому разрешению на воздействие для объектов II категории",
             "II санаттағы объектілерге арналған әсер етуге экологиялық рұқсатқа 1-қосымша",
             "CHƯƠNG III. ĐÁNH GIÁ, DỰ BÁO TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "e2.p": ("Оператор: {operator}. Объект: {name}.", "Оператор: {operator}. Объект: {name}.",
             "Tải lượng các chất ô nhiễm được tính toán cho từng nguồn thải của {operator} khi dự án đi vào vận hành ổn định."),
    "e2.head": ("Код ЗВ|Наименование загрязняющего вещества|Ед. изм.|Норматив допустимых выбросов|Год достижения НДВ",
                "ЛЗ коды|Ластаушы заттың атауы|Өлш. бірл.|Жол берілетін шығарындылар нормативі|ЖШН-ге қол жеткізу жылы",
                "TT|Chất ô nhiễm|Đơn vị|Tải lượng|Ghi chú"),
    "e2.group": ("Источник № {number} – {name} ({kind})", "№ {number} көз – {name} ({kind})", "{name}"),
    "e2.kinds": ("организованный|неорганизованный", "ұйымдастырылған|ұйымдастырылмаған", "|"),
    "e2.units": ("г/с|т/год", "г/с|т/жыл", "g/s|tấn/năm"),
    "e2.caption": ("Нормативы допустимых выбросов загрязняющих веществ в атмосферный воздух на 2026–2035 годы",
                   "2026–2035 жылдарға арналған атмосфералық ауаға ластаушы заттардың жол берілетін шығарындыларының нормативтері",
                   "Bảng 3.7. Tải lượng các chất ô nhiễm trong khí thải từ các nguồn khi dự án đi vào vận hành"),
    "e2.vi.notes": ("", "", "Tính theo hệ số AP-42|Theo kết quả đo tại dự án tương tự|–"),
    "e2.abbr": ("Сокращения: ЗВ – загрязняющее вещество; НДВ – норматив допустимых выбросов.",
                "Қысқартулар: ЛЗ – ластаушы зат; ЖШН – жол берілетін шығарындылар нормативі.",
                "Ghi chú: g/s – gam/giây; AP-42 – bộ hệ số phát thải của Cơ quan Bảo vệ Môi trường Hoa Kỳ (US EPA)."),
}  # fmt: skip


def emissions_v2(doc: Doc) -> None:
    """A permit's emission norms with the rates on two rows per substance — `г/с` on the first, `т/год` on the second,
    a unit column between name and figure — the code, the name and the year the norm is reached merged down over the
    pair; a group row per source naming its number and type; the header printed again inside the table where the page
    broke, between the two rows of one substance (whose cells are empty on its second row, as the converter leaves a
    merged cell cut by a page). VI: an ĐTM's loads in the operation period, a group row per named source, a note column."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "e2.h").format(name=name))
    doc.p(_t(doc, "e2.p").format(operator=operator, name=name))
    sources = pick_sources(doc, 3, min_codes=2)
    head = _row(doc, "e2.head")
    width = len(head)
    per_s, per_t = _list(doc, "e2.units")
    org, unorg = _list(doc, "e2.kinds")
    pairs = []  # (group row or None, pair rows)
    n = 0
    for s in sources:
        group = _t(doc, "e2.group").format(number=s.number, name=s.name, kind=org if s.organized else unorg)
        for j, x in enumerate(rates(doc, s.codes)):
            n += 1
            if vi:
                note = doc.pick(_list(doc, "e2.vi.notes"))
                first = [str(n), vocab.air(x.code, "vi", j), per_s, num(x.g_s, "vi"), note]
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, period="operation"))
            else:
                first = [x.code, vocab.air(x.code, doc.lang), per_s, num(x.g_s, doc.lang), doc.pick(("2026", "2026", "2027"))]
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
            second = [None, None, per_t, num(x.t_y, doc.lang), None]
            pairs.append((group if j == 0 else None, first, second))
    cut = len(pairs) // 2 + (0 if pairs[len(pairs) // 2][0] is None else 1)
    rows, merges = [head], []
    for k, (group, first, second) in enumerate(pairs):
        if group:
            rows.append(_span(group, width))
            merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        rows.append(first)
        if k == cut:  # the page breaks inside the pair: the header again, the pair's second row with empty cells
            rows.append(list(head))
            rows.append(["" if c is None else c for c in second])
            continue
        rows.append(second)
        merges += [(len(rows) - 2, c, len(rows) - 1, c) for c in (0, 1, 4)]
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e2.abbr"))
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.h": ("Отчет по программе производственного экологического контроля за 2025 год",
             "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w1.p": ("Раздел 4. Обращение с отходами производства и потребления. Оператор: {operator}, объект: {name}.",
             "4-бөлім. Өндіріс және тұтыну қалдықтарымен жұмыс. Оператор: {operator}, объект: {name}.",
             "Mục 4. Kết quả quản lý chất thải nguy hại của {name} ({operator})."),
    "w1.head": ("№ п/п|Наименование отхода|Код отхода¹⁾|Вид отхода|Образовано за 2025 год|Примечание",
                "Р/с №|Қалдықтың атауы|Қалдық коды¹⁾|Қалдық түрі|2025 жылы түзілгені|Ескертпе",
                "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng phát sinh|Ghi chú"),
    "w1.units": ("^|^|^|^|т|^", "^|^|^|^|т|^", "^|^|^|^|(kg)|^"),
    "w1.total": ("Всего", "Барлығы", "Tổng cộng"),
    "w1.kinds": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.notes.h": ("передано ТОО «ЭкоСервис-Казахстан» по договору|накапливается на ПВХО до передачи",
                   "шарт бойынша «ЭкоСервис-Қазақстан» ЖШС-ға берілді|берілгенге дейін ҚУСА-да жинақталады",
                   "Chuyển giao cho Công ty TNHH Môi trường Xanh Việt|Lưu giữ tại kho CTNH|–"),
    "w1.notes.n": ("вывезено на полигон ТБО|сдано в пункт приема вторсырья", "ҚТҚ полигонына шығарылды|қайталама шикізат қабылдау пунктіне тапсырылды", ""),
    "w1.caption": ("Таблица 4.1 – Сведения об образовании отходов", "4.1-кесте – Қалдықтардың түзілуі туралы мәліметтер",
                   "Bảng 2.5. Khối lượng chất thải nguy hại phát sinh năm 2025"),
    "w1.number": ("4.1", "4.1", "2.5"),
    "w1.foot": ("¹⁾ Код отхода по Классификатору отходов, утвержденному приказом и.о. Министра экологии, геологии и природных "
                "ресурсов Республики Казахстан от 6 августа 2021 года № 314. * – по данным весового учета; остальные значения "
                "определены расчетным методом.",
                "¹⁾ Қалдық коды Қазақстан Республикасы Экология, геология және табиғи ресурстар министрінің м.а. 2021 жылғы "
                "6 тамыздағы № 314 бұйрығымен бекітілген қалдықтар сыныптауышы бойынша. * – салмақтық есепке алу деректері "
                "бойынша; қалған мәндер есептік әдіспен анықталды.",
                "(*) Khối lượng theo chứng từ chất thải nguy hại đã chuyển giao; các giá trị còn lại theo sổ theo dõi nội bộ."),
    "w1.abbr": ("Сокращения: ПВХО – площадка временного хранения отходов; ТБО – твердые бытовые отходы.",
                "Қысқартулар: ҚУСА – қалдықтарды уақытша сақтау алаңы; ҚТҚ – қатты тұрмыстық қалдықтар.",
                "Ghi chú: CTNH – chất thải nguy hại."),
}  # fmt: skip


def wastes_v1(doc: Doc) -> None:
    """Formed amounts under a header whose unit (`т`, VI `(kg)`) is on a row of its own, a row of column numbers, the
    total first; the kind of waste in words, amounts from weighing marked `*`, a notes column; the table printed in two
    parts, the second under `Продолжение таблицы 4.1` with the column numbers only, a waste's name cut over the break (its
    tail alone on the first row of the second part); the code footnote and abbreviations under it."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p").format(operator=operator, name=name))
    head = [_row(doc, "w1.head"), _row(doc, "w1.units"), _numbers(doc, 6)]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 5)]
    if vi:
        wastes = vn_wastes(doc, 6)
        amounts = [w["kg"] for w in wastes]
        expect_vn(doc, wastes)
    else:
        wastes = low_wastes(doc, 7)
        amounts = [w["t"] for w in wastes]
        expect_low(doc, wastes)
    body, weighed = [], doc.rng.randrange(len(wastes))
    for k, (w, amount) in enumerate(zip(wastes, amounts, strict=True), 1):
        figure = num(amount, doc.lang)
        if k - 1 == weighed or doc.rng.random() < 0.3:
            figure = _mark(doc, figure)
        if vi:
            body.append([str(k), w["name"], w["code"], w["state"], figure, doc.pick(_list(doc, "w1.notes.h"))])
        else:
            kind_h, kind_n = _list(doc, "w1.kinds")
            note = doc.pick(_list(doc, "w1.notes.h" if w["hazardous"] else "w1.notes.n"))
            body.append([str(k), w["name"], w["code"], kind_h if w["hazardous"] else kind_n, figure, note])
    grand = num(round(sum(amounts), 6), doc.lang)
    top = ["", _t(doc, "w1.total"), "", "", grand, ""] if vi else [_t(doc, "w1.total"), None, None, None, grand, ""]
    if not vi:
        merges.append((len(head), 0, len(head), 3))
    cut = len(body) // 2
    first, tail = _halves(body[cut][1])
    split = list(body[cut])
    split[1] = first
    part1 = head + [top] + body[:cut] + [split]
    doc.table(_t(doc, "w1.caption"), part1, merges, role="wastes")
    part2 = [_numbers(doc, 6), ["", tail, "", "", "", ""]] + body[cut + 1 :]
    _continuation(doc, _t(doc, "w1.number"), part2, [], "wastes")
    _notes(doc, "w1.foot", "w1.abbr")
    maybe_distractor(doc)


TEXT |= {
    "w2.h": ("Сводная ведомость образования отходов за 2025 год", "2025 жылғы қалдықтардың түзілуінің жиынтық ведомосы",
             "BÁO CÁO TỔNG HỢP CHẤT THẢI NGUY HẠI PHÁT SINH NĂM 2025"),
    "w2.p": ("Ведомость составлена по данным журналов первичного учета отходов подразделений {operator} ({name}).",
             "Ведомость {operator} ({name}) бөлімшелерінің қалдықтарды бастапқы есепке алу журналдарының деректері бойынша жасалды.",
             "Số liệu tổng hợp từ sổ theo dõi chất thải của các bộ phận thuộc {name} ({operator})."),
    "w2.head0": ("№|Наименование отхода|Код|Место образования|Образовано отходов, т|^|^|^|^|Примечание",
                 "№|Қалдықтың атауы|Коды|Түзілу орны|Түзілген қалдықтар, т|^|^|^|^|Ескертпе",
                 "TT|Tên chất thải|Mã CTNH|Nguồn phát sinh|Khối lượng phát sinh (kg)|^|^|^|^|Ghi chú"),
    "w2.head1": ("^|^|^|^|всего за год|в том числе по кварталам|^|^|^|^", "^|^|^|^|жыл бойы барлығы|оның ішінде тоқсандар бойынша|^|^|^|^",
                 "^|^|^|^|Cả năm|Trong đó|^|^|^|^"),
    "w2.head2": ("^|^|^|^|^|I|II|III|IV|^", "^|^|^|^|^|I|II|III|IV|^", "^|^|^|^|^|Quý I|Quý II|Quý III|Quý IV|^"),
    "w2.groups": ("Опасные отходы|Неопасные отходы", "Қауіпті қалдықтар|Қауіпті емес қалдықтар", ""),
    "w2.places": ("РМЦ|АТЦ|КЦ|АБК|ОС|РМЦ, АТЦ", "ЖМЦ|АКЦ|ҚЦ|ӘТК|ТҚ|ЖМЦ, АКЦ",
                  "Xưởng cơ khí|Khu vực lò hơi|Văn phòng|Khu xử lý nước thải|Kho hóa chất|Xưởng sản xuất số 1"),
    "w2.foot": ("* – включая отходы, образовавшиеся при капитальном ремонте оборудования.",
                "* – жабдықтарды күрделі жөндеу кезінде түзілген қалдықтарды қоса алғанда.",
                "(*) Bao gồm chất thải phát sinh trong đợt bảo dưỡng tổng thể máy móc."),
    "w2.abbr": ("Сокращения: РМЦ – ремонтно-механический цех; АТЦ – автотранспортный цех; КЦ – котельный цех; "
                "АБК – административно-бытовой корпус; ОС – очистные сооружения; «–» – отходы в квартале не образовывались.",
                "Қысқартулар: ЖМЦ – жөндеу-механикалық цех; АКЦ – автокөлік цехы; ҚЦ – қазандық цехы; "
                "ӘТК – әкімшілік-тұрмыстық корпус; ТҚ – тазарту құрылыстары; «–» – тоқсанда қалдықтар түзілмеді.",
                "Ghi chú: CTNH – chất thải nguy hại; (-) – không phát sinh trong quý."),
}  # fmt: skip


def _quarters(doc: Doc, low: float, high: float, whole: bool) -> list[float]:
    """What formed in each quarter: nothing in some (never in all), a figure in the others."""
    out = []
    for _ in range(4):
        if doc.rng.random() < 0.3:
            out.append(0)
        else:
            out.append(doc.rng.randint(int(low), int(high)) if whole else rate(doc.rng, low, high, 3))
    if not any(out):
        out[doc.rng.randrange(4)] = doc.rng.randint(int(low) + 1, int(high)) if whole else rate(doc.rng, low, high, 3)
    return out


def wastes_v2(doc: Doc) -> None:
    """A summary of wastes formed in the year under a three-row header: `Образовано отходов, т` over `всего за год` and
    `в том числе по кварталам` over I–IV, the year's total before the quarters (a dash in a quarter with none); the place
    of formation as abbreviations (`РМЦ`, `АТЦ`) explained under the table, hazardous and non-hazardous group rows, one
    year total marked `*`. VI: hazardous wastes in kilograms, `Cả năm` before `Quý I…IV`, the source in words."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p").format(operator=operator, name=name))
    rows = [_row(doc, "w2.head0"), _row(doc, "w2.head1"), _row(doc, "w2.head2")]
    width = len(rows[0])
    merges = [(0, c, 2, c) for c in (0, 1, 2, 3, 9)] + [(0, 4, 0, 8), (1, 4, 2, 4), (1, 5, 1, 8)]
    places = _list(doc, "w2.places")
    marked = doc.rng.random() < 0.7

    def line(k: int, w: dict, year: float, quarters: list, mark: bool) -> list[str]:
        figure = num(year, doc.lang)
        return [str(k), w["name"], w["code"], doc.pick(places), _mark(doc, figure) if mark else figure,
                *(num(q, doc.lang) if q else "–" for q in quarters), "–"]

    if vi:
        wastes = vn_wastes(doc, 5)
        star = doc.rng.randrange(len(wastes)) if marked else None
        for k, w in enumerate(wastes, 1):
            quarters = _quarters(doc, 2, 80, True)
            quarters = [q * 5 for q in quarters]
            w["kg"] = sum(quarters)
            rows.append(line(k, w, w["kg"], quarters, k - 1 == star))
        expect_vn(doc, wastes)
    else:
        wastes = low_wastes(doc, 6)
        star = doc.rng.randrange(len(wastes)) if marked else None
        k = 0
        for hazardous, label in zip((True, False), _list(doc, "w2.groups"), strict=True):
            group = [w for w in wastes if w["hazardous"] == hazardous]
            if not group:
                continue
            rows.append(_span(label, width))
            merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
            for w in group:
                quarters = _quarters(doc, 0.002, 1.2, False) if hazardous else _quarters(doc, 0.4, 90, False)
                w["t"] = round(sum(quarters), 6)
                rows.append(line(k + 1, w, w["t"], quarters, k == star))
                k += 1
        expect_low(doc, wastes)
    doc.table(None, rows, merges, role="wastes")
    _notes(doc, *(["w2.foot"] if marked else []), "w2.abbr")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: the method a Kazakh laboratory names for ambient air
METHOD_AIR = {
    "0301": "РД 52.04.186-89, п. 5.2.1.5", "0304": "РД 52.04.186-89, п. 5.2.1.4", "0330": "РД 52.04.186-89, п. 5.2.6.2",
    "0337": "МВИ KZ.07.00.00941-2017", "0333": "РД 52.04.186-89, п. 5.2.7.2", "2908": "РД 52.04.186-89, п. 5.2.8.1",
    "0303": "РД 52.04.186-89, п. 5.3.1", "1325": "РД 52.04.186-89, п. 5.3.10", "0328": "МВИ KZ.07.00.01245-2019",
}  # fmt: skip
# symbol: the method a Vietnamese laboratory names for waste water
METHOD_VI = {
    "pH": "TCVN 6492:2011", "BOD5": "TCVN 6001-1:2008", "COD": "SMEWW 5220C:2023", "TSS": "TCVN 6625:2000",
    "NH4+": "TCVN 6179-1:1996", "TN": "TCVN 6638:2000", "TP": "TCVN 6202:2008", "TPH": "SMEWW 5520B&F:2023",
    "Fe": "TCVN 6177:1996", "Zn": "SMEWW 3111B:2023", "Cu": "SMEWW 3111B:2023",
}  # fmt: skip

TEXT |= {
    "l1.h": ("ПРОТОКОЛ ИСПЫТАНИЙ № {n}-АВ/25", "СЫНАҚ ХАТТАМАСЫ № {n}-АА/25", "PHIẾU KẾT QUẢ PHÂN TÍCH SỐ {n}/2025/PKQ"),
    "l1.p": ("Заказчик: {operator}. Объект: {name}. Вид пробы: атмосферный воздух. Место отбора: граница санитарно-защитной зоны. "
             "Испытательная лаборатория ТОО «ЭкоАналитика-Центр», аттестат аккредитации № KZ.T.09.0815.",
             "Тапсырыс беруші: {operator}. Объект: {name}. Сынама түрі: атмосфералық ауа. Сынама алу орны: санитариялық-қорғау "
             "аймағының шекарасы. «ЭкоАналитика-Орталық» ЖШС сынақ зертханасы, № KZ.T.09.0815 аккредиттеу аттестаты.",
             "Khách hàng: {operator}. Tên cơ sở: {name}. Loại mẫu: nước thải công nghiệp. Ngày lấy mẫu: {day}/08/2025. "
             "Đơn vị phân tích: Trung tâm Quan trắc và Phân tích Môi trường Phương Nam (VIMCERTS 087)."),
    "l1.head": ("№|Определяемый показатель|Результат испытаний ± погрешность|ПДК м.р.|НД на метод испытаний|Примечание",
                "№|Анықталатын көрсеткіш|Сынақ нәтижесі ± қателік|ШЖК м.б.|Сынақ әдісіне НҚ|Ескертпе",
                "TT|Thông số|Đơn vị|Phương pháp phân tích|Kết quả|QCVN 40:2011/BTNMT (Cột B)"),
    "l1.units": ("^|^|мг/м3|мг/м3|^|^", "^|^|мг/м3|мг/м3|^|^", ""),
    "l1.points": ("Т-1 (граница СЗЗ, северное направление), отбор {d}.08.2025 г., {h}:{m:02d}|"
                  "Т-2 (граница СЗЗ, южное направление), отбор {d}.08.2025 г., {h}:{m:02d}|"
                  "Т-3 (граница СЗЗ, восточное направление), отбор {d}.08.2025 г., {h}:{m:02d}",
                  "Т-1 (СҚА шекарасы, солтүстік бағыт), сынама {d}.08.2025 ж., {h}:{m:02d}|"
                  "Т-2 (СҚА шекарасы, оңтүстік бағыт), сынама {d}.08.2025 ж., {h}:{m:02d}|"
                  "Т-3 (СҚА шекарасы, шығыс бағыт), сынама {d}.08.2025 ж., {h}:{m:02d}",
                  "NT1 – Nước thải sau hệ thống xử lý tập trung (mã mẫu: NT1.{d}08)|"
                  "NT2 – Nước thải tại hố ga đấu nối vào hệ thống thoát nước của KCN (mã mẫu: NT2.{d}08)"),
    "l1.ok": ("соответствует", "сәйкес келеді", ""),
    "l1.foot": ("* – показатель не входит в область аккредитации лаборатории.",
                "* – көрсеткіш зертхананың аккредиттеу саласына кірмейді.",
                "(a) – Thông số được công nhận theo ISO/IEC 17025:2017 (VILAS 1045); (b) – Thông số do nhà thầu phụ thực hiện."),
    "l1.abbr": ("Сокращения: ПДК м.р. – предельно допустимая концентрация максимально разовая; НД – нормативный документ; "
                "СЗЗ – санитарно-защитная зона.",
                "Қысқартулар: ШЖК м.б. – ең жоғары бір реттік шекті жол берілетін концентрация; НҚ – нормативтік құжат; "
                "СҚА – санитариялық-қорғау аймағы.",
                "Ghi chú: QCVN 40:2011/BTNMT – Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp; (-) – không quy định."),
}  # fmt: skip


def limits_v1(doc: Doc) -> None:
    """A laboratory protocol's results: a group row per sampling point spanning the table (`Т-1 (граница СЗЗ, …), отбор
    14.08.2025 г., 10:20`), the result written with its uncertainty (`0,045 ± 0,009`), the ПДК м.р. column, both units on a
    row of their own under the header, a method and a notes column, a parameter marked `*` (outside the accreditation)
    with the footnote and abbreviations under the table. VI: a result sheet for waste water at two outlets, units in a
    column, QCVN 40 column B last, parameter names carrying accreditation marks `(a)`, `(b)`."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    day = doc.rng.randint(5, 25)
    doc.h(_t(doc, "l1.h").format(n=doc.rng.randint(100, 980)))
    doc.p(_t(doc, "l1.p").format(operator=operator, name=name, day=f"{day:02d}"))
    head = _row(doc, "l1.head")
    width = len(head)
    rows, merges = [head], []
    if not vi:
        rows.append(_row(doc, "l1.units"))
        merges += [(0, c, 1, c) for c in (0, 1, 4, 5)]
    groups = _list(doc, "l1.points")[: 2 if vi else doc.rng.randint(2, 3)]
    if vi:
        keys = ["pH", *sorted(doc.rng.sample("BOD5 COD TSS NH4+ TN TP TPH Fe".split(), 5), key=list(QCVN40).index)]
        marks = dict(zip(doc.rng.sample(keys, 3), ("(a)", "(a)", "(b)"), strict=True))
    else:
        codes = sorted(doc.rng.sample(["0301", "0304", "0330", "0337", "0333", "2908", "0303", "0328"], 4), key=list(AIR_PDK).index)
        starred = doc.pick(codes)
    for text in groups:
        label = text.format(d=f"{day:02d}", h=doc.rng.randint(9, 16), m=doc.rng.randrange(0, 60, 5))
        point = label.split()[0]
        rows.append(_span(label, width))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        if vi:
            for k, s in enumerate(keys, 1):
                lim = QCVN40[s][1]
                value = round(doc.rng.uniform(6.4, 8.1), 1) if s == "pH" else _sig(lim * doc.rng.uniform(0.08, 0.8))
                shown = f"{vocab.water(s, 'vi')} {marks[s]}" if s in marks else vocab.water(s, "vi")
                rows.append([str(k), shown, "-" if s == "pH" else "mg/L", METHOD_VI[s], num(value, "vi"), cell(doc, lim)])
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", point, value))
            continue
        for k, code in enumerate(codes, 1):
            lim = AIR_PDK[code][0]
            value = _sig(lim * doc.rng.uniform(0.05, 0.8))
            error = _sig(value * doc.rng.uniform(0.15, 0.25), 1)
            shown = vocab.air(code, doc.lang) + ("*" if code == starred else "")
            rows.append([str(k), shown, f"{num(value, doc.lang)} ± {num(error, doc.lang)}", num(lim, doc.lang), METHOD_AIR[code],
                         _t(doc, "l1.ok")])
            add(doc, limit(("code", code), "air", lim, "mg/m3", doc.v("м.р.", "м.б.", ""), point, value))
    doc.table(None, rows, merges, role="limits")
    _notes(doc, "l1.foot", "l1.abbr")
    maybe_distractor(doc)


# code: µg/m3 — QCVN 05:2023/BTNMT, one-hour averages
QCVN05_1H = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}

TEXT |= {
    "l2.h": ("Отчет о выполнении программы производственного экологического контроля за III квартал 2025 года",
             "2025 жылғы III тоқсандағы өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп",
             "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 3 NĂM 2025"),
    "l2.p": ("Объект: {name} ({operator}). Мониторинг атмосферного воздуха на границе СЗЗ выполнен аккредитованной лабораторией.",
             "Объект: {name} ({operator}). СҚА шекарасындағы атмосфералық ауа мониторингін аккредиттелген зертхана жүргізді.",
             "Kết quả quan trắc chất lượng không khí xung quanh khu vực {name} ({operator}):"),
    "l2.head0": ("Загрязняющее вещество|Точка отбора|Дата отбора|Фактическая концентрация|ПДК м.р.|Кратность превышения ПДК|Примечание",
                 "Ластаушы зат|Сынама алу нүктесі|Сынама алынған күн|Нақты концентрация|ШЖК м.б.|ШЖК-дан асу еселігі|Ескертпе",
                 "Thông số|Vị trí|Thời gian lấy mẫu|Kết quả|QCVN 05:2023/BTNMT|Ghi chú"),
    "l2.head1": ("^|^|^|мг/м3|мг/м3|доли ПДК|^", "^|^|^|мг/м3|мг/м3|ШЖК үлесі|^", "^|^|^|^|Trung bình 1 giờ|^"),
    "l2.head2": ("", "", "^|^|^|µg/m3|µg/m3|^"),
    "l2.caption": ("Таблица 3.2 – Результаты наблюдений за качеством атмосферного воздуха на границе СЗЗ",
                   "3.2-кесте – СҚА шекарасындағы атмосфералық ауа сапасын бақылау нәтижелері",
                   "Bảng 2.2. Kết quả quan trắc không khí xung quanh đợt 3 năm 2025"),
    "l2.note": ("соответствует|превышение при штиле", "сәйкес келеді|желсіз ауа райында асып кету", "Đạt|Vượt quy chuẩn"),
    "l2.foot": ("* – превышение ПДК м.р. зафиксировано при штилевой погоде; информация направлена в территориальный департамент экологии.",
                "* – ШЖК м.б. асып кетуі желсіз ауа райында тіркелді; ақпарат аумақтық экология департаментіне жіберілді.",
                "(*) Vượt quy chuẩn do ảnh hưởng của hoạt động giao thông trên tuyến đường liền kề tại thời điểm lấy mẫu."),
    "l2.abbr": ("т.1 – северная граница СЗЗ; т.2 – восточная граница СЗЗ; т.3 – южная граница СЗЗ. ПДК м.р. – предельно допустимая "
                "концентрация максимально разовая; СЗЗ – санитарно-защитная зона.",
                "1-нүкте – СҚА солтүстік шекарасы; 2-нүкте – СҚА шығыс шекарасы; 3-нүкте – СҚА оңтүстік шекарасы. ШЖК м.б. – ең жоғары бір "
                "реттік шекті жол берілетін концентрация; СҚА – санитариялық-қорғау аймағы.",
                "Ghi chú: KK1 – khu vực cổng chính; KK2 – khu dân cư phía Đông Bắc, cách 300 m; KK3 – cuối hướng gió chủ đạo."),
}  # fmt: skip


def limits_v2(doc: Doc) -> None:
    """Measurements at the boundary of the protection zone: the substance merged down over one row per point, the ПДК
    м.р. and the notes merged down beside them, the sampling date per row, the units (`мг/м3`, `доли ПДК`) on a row of
    their own, a ratio-of-exceedance column with a dash where none; an exceedance marked `*` and explained under the
    table with the points. VI: QCVN 05:2023 one-hour values over a three-row header (standard, averaging time, unit
    `µg/m3`), points KK1–KK3 explained under the table."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p").format(name=name, operator=operator))
    if vi:
        codes = doc.rng.sample(list(QCVN05_1H), doc.rng.randint(3, 4))
        lims = QCVN05_1H
        points = ["KK1", "KK2", "KK3"]
        rows = [_row(doc, "l2.head0"), _row(doc, "l2.head1"), _row(doc, "l2.head2")]
        merges = [(0, c, 2, c) for c in (0, 1, 2, 5)] + [(0, 3, 1, 3)]
        column, unit = "Trung bình 1 giờ", "µg/m3"
        dates = {p: f"{doc.rng.randint(8, 11)}h{doc.rng.randrange(0, 60, 15):02d} {doc.rng.randint(10, 14)}/09/2025" for p in points}
    else:
        pool = ["0301", "0304", "0330", "0337", "2908", "0333"]
        codes = sorted(doc.rng.sample(pool, doc.rng.randint(3, 4)), key=pool.index)
        lims = {c: AIR_PDK[c][0] for c in codes}
        points = ["т.1", "т.2", "т.3"][: doc.rng.randint(2, 3)]
        if doc.lang == "kk":
            points = [f"{p[-1]}-нүкте" for p in points]
        rows = [_row(doc, "l2.head0"), _row(doc, "l2.head1")]
        merges = [(0, c, 1, c) for c in (0, 1, 2, 6)]
        column, unit = doc.v("м.р.", "м.б.", ""), "mg/m3"
        dates = {p: f"{doc.rng.randint(1, 28):02d}.0{doc.rng.randint(7, 9)}.2025" for p in points}
    over = (doc.pick(codes), doc.pick(points)) if doc.rng.random() < 0.5 else None
    ok, exceeded = _list(doc, "l2.note")
    for code in codes:
        lim = lims[code]
        start = len(rows)
        for p in points:
            hit = over == (code, p)
            value = _sig(lim * (doc.rng.uniform(1.05, 1.45) if hit else doc.rng.uniform(0.05, 0.8)))
            figure = num(value, doc.lang)
            figure = _mark(doc, figure) if hit else figure
            first = len(rows) == start
            note = (exceeded if over and over[0] == code else ok) if first else None
            name_cell = vocab.air(code, doc.lang, 1 if vi else 0) if first else None
            if vi:
                rows.append([name_cell, p, dates[p], figure, num(lim, "vi") if first else None, note])
            else:
                ratio = num(_sig(value / lim), doc.lang) if hit else "–"
                rows.append([name_cell, p, dates[p], figure, num(lim, doc.lang) if first else None, ratio, note])
            add(doc, limit(("code", code), "air", lim, unit, column, p, value))
        last = len(rows) - 1
        merges += [(start, c, last, c) for c in ((0, 4, 5) if vi else (0, 4, 6))]
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    _notes(doc, *(["l2.foot"] if over else []), "l2.abbr")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля на 2026–2028 годы. Объект: {name}",
             "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
             "CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG GIAI ĐOẠN VẬN HÀNH – {name}"),
    "m1.p": ("4.2. Мониторинг воздействия. Наблюдения ведутся на постоянных точках, закрепленных на местности ({operator}).",
             "4.2. Әсер мониторингі. Бақылаулар жергілікті жерде бекітілген тұрақты нүктелерде жүргізіледі ({operator}).",
             "Chủ cơ sở: {operator}. Vị trí giám sát được thể hiện trên sơ đồ tại Phụ lục 3."),
    "m1.head0": ("Код точки|Местоположение точки контроля|Координаты|^|Контролируемый параметр|Периодичность контроля|Примечание",
                 "Нүкте коды|Бақылау нүктесінің орналасқан жері|Координаттары|^|Бақыланатын параметр|Бақылау кезеңділігі|Ескертпе",
                 "Ký hiệu|Vị trí giám sát|Tọa độ VN-2000|^|Thông số giám sát|Tần suất|Ghi chú"),
    "m1.head1": ("^|^|с.ш.|в.д.|^|^|^", "^|^|с.е.|ш.б.|^|^|^", "^|^|X (m)|Y (m)|^|^|^"),
    "m1.media": ("Атмосферный воздух|Почвы", "Атмосфералық ауа|Топырақ", "Không khí xung quanh|Nước mặt"),
    "m1.codes": ("А-1|А-2|А-3;П-1|П-2", "А-1|А-2|А-3;Т-1|Т-2", "KK1|KK2|KK3;NM1|NM2"),
    "m1.places": ("граница СЗЗ, север|граница СЗЗ, юго-запад|жилая зона, пос. Шахтерский;граница СЗЗ, север|у площадки хранения отходов",
                  "СҚА шекарасы, солтүстік|СҚА шекарасы, оңтүстік-батыс|тұрғын аймақ, Шахтер кенті;СҚА шекарасы, солтүстік|"
                  "қалдықтарды сақтау алаңының маңы",
                  "Cổng chính nhà máy|Khu dân cư ấp 3, cách 250 m về phía Tây|Cuối hướng gió chủ đạo;"
                  "Kênh tiếp nhận, thượng lưu điểm xả 100 m|Kênh tiếp nhận, hạ lưu điểm xả 100 m"),
    "m1.notes": ("одновременно с метеонаблюдениями¹⁾|–;отбор с глубины 0–20 см|–", "метеобақылаулармен бір мезгілде¹⁾|–;0–20 см тереңдіктен алу|–",
                 "Đo kèm vi khí hậu (1)|–;Lấy mẫu giữa dòng|–"),
    "m1.again": (" (продолжение)", " (жалғасы)", " (tiếp theo)"),
    "m1.caption": ("Таблица 4.2 – План-график мониторинга воздействия", "4.2-кесте – Әсер мониторингінің жоспар-кестесі",
                   "Bảng 5.1. Vị trí, thông số và tần suất giám sát môi trường"),
    "m1.number": ("4.2", "4.2", "5.1"),
    "m1.foot": ("¹⁾ Скорость и направление ветра, температура и давление воздуха. Сокращения: СЗЗ – санитарно-защитная зона; "
                "с.ш. – северная широта; в.д. – восточная долгота.",
                "¹⁾ Желдің жылдамдығы мен бағыты, ауаның температурасы мен қысымы. Қысқартулар: СҚА – санитариялық-қорғау аймағы; "
                "с.е. – солтүстік ендік; ш.б. – шығыс бойлық.",
                "(1) Tốc độ gió, hướng gió, nhiệt độ, độ ẩm. Ghi chú: KK – không khí xung quanh; NM – nước mặt; "
                "VN-2000 – hệ tọa độ quốc gia, kinh tuyến trục 105°45', múi chiếu 3°."),
}  # fmt: skip


def _dms(doc: Doc, degrees: int, minutes: int) -> str:
    """An angle a minute or two from the site's own, in degrees, minutes and seconds with a decimal comma."""
    minutes = min(59, max(0, minutes + doc.rng.randint(-2, 2)))
    return f"{degrees}°{minutes:02d}'{doc.rng.uniform(0, 59.9):04.1f}\"".replace(".", ",")


def monitoring_v1(doc: Doc) -> None:
    """A programme with one parameter per row: the point's code, place, two coordinate sub-columns (`с.ш. | в.д.` on a
    row of their own), its frequency and its notes merged down over the point's rows; medium group rows spanning the
    table, a row of column numbers; printed in two parts, the second under `Продолжение таблицы 4.2` with the column
    numbers, the point cut by the break written again with `(продолжение)` after its place; a note with a footnote
    mark. VI: VN-2000 X/Y coordinates, ambient air and surface water."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "m1.h").format(name=name))
    doc.p(_t(doc, "m1.p").format(operator=operator))
    if vi:
        pools = [("code", ["2902", "0330", "0301", "0337"]), ("symbol", ["pH", "BOD5", "COD", "TSS", "NH4+", "TPH"])]
        choices_of = [("quarterly", "semiannual"), ("quarterly", "monthly")]
    else:
        air = ["0301", "0330", "0337", "0304", "0328"] + (["2908"] if doc.lang == "ru" else [])
        pools = [("code", air), ("symbol", ["Pb", "Zn", "Cu", "Cd", "Ni", "TPH"])]
        choices_of = [("quarterly", "monthly"), ("yearly", "semiannual")]
    entries = []  # ("group", text) or ("point", code, place, x, y, word, note, [(key, name)])
    site = (doc.rng.randint(43, 52), doc.rng.randint(3, 56), doc.rng.randint(52, 80), doc.rng.randint(3, 56))
    grid = (doc.rng.randint(1180000, 1240000), doc.rng.randint(560000, 610000))
    for medium, codes, places, notes, (key, pool), choices in zip(
        _list(doc, "m1.media"), _t(doc, "m1.codes").split(";"), _t(doc, "m1.places").split(";"),
        _t(doc, "m1.notes").split(";"), pools, choices_of, strict=True,
    ):
        entries.append(("group", medium))
        for code, place in zip(codes.split("|"), places.split("|"), strict=True):
            word = doc.pick(choices)
            picked = sorted(doc.rng.sample(pool, doc.rng.randint(3, 4)), key=pool.index)
            if key == "code":
                names = [vocab.air(c, doc.lang, 1 if vi or c == "2908" else 0) for c in picked]
            elif vi:
                names = [vocab.water(s, "vi") for s in picked]
            else:
                names = [vocab.soil(s, doc.lang) for s in picked]
            if vi:
                x, y = (num(grid[0] + doc.rng.randint(-900, 900), "vi"), num(grid[1] + doc.rng.randint(-900, 900), "vi"))
            else:
                x, y = _dms(doc, site[0], site[1]), _dms(doc, site[2], site[3])
            entries.append(("point", code, place, x, y, word, doc.pick(notes.split("|")), list(zip(picked, names, strict=True))))
            doc.add("monitoring", *(_mon({"point_contains": code}, (key, s), word) for s in picked))
    # the break: inside the point nearest the middle of the body, after half of its parameters
    lengths = [1 if e[0] == "group" else len(e[7]) for e in entries]
    half, run, at = sum(lengths) / 2, 0, 1
    for i, n in enumerate(lengths):
        if entries[i][0] == "point" and run + n > half:
            at = i
            break
        run += n
    point = entries[at]
    keep = max(1, len(point[7]) // 2)
    first = [*entries[:at], (*point[:7], point[7][:keep])]
    again = (point[0], point[1], point[2] + _t(doc, "m1.again"), *point[3:7], point[7][keep:])
    second = [again, *entries[at + 1 :]]

    def draw(part: list, lead: list) -> tuple[list, list]:
        rows, merges = list(lead), []
        for e in part:
            if e[0] == "group":
                rows.append(_span(e[1], 7))
                merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
                continue
            _, code, place, x, y, word, note, params = e
            start = len(rows)
            said = freq(doc, word)
            for j, (_, label) in enumerate(params):
                lead_cells = [code, place, x, y] if j == 0 else [None] * 4
                rows.append([*lead_cells, label, said if j == 0 else None, note if j == 0 else None])
            if len(params) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2, 3, 5, 6)]
        return rows, merges

    head = [_row(doc, "m1.head0"), _row(doc, "m1.head1"), _numbers(doc, 7)]
    rows, merges = draw(first, head)
    merges += [(0, c, 1, c) for c in (0, 1, 4, 5, 6)] + [(0, 2, 0, 3)]
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    rows, merges = draw(second, [_numbers(doc, 7)])
    _continuation(doc, _t(doc, "m1.number"), rows, merges, "monitoring")
    doc.p(_t(doc, "m1.foot"))
    maybe_distractor(doc)


TEXT |= {
    "m2.h": ("Программа лабораторного контроля качества сточных и подземных вод на 2026 год",
             "2026 жылға арналған ағынды және жерасты суларының сапасын зертханалық бақылау бағдарламасы",
             "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026"),
    "m2.p": ("Объект: {name}. Оператор: {operator}. Программа является приложением 3 к программе ПЭК.",
             "Объект: {name}. Оператор: {operator}. Бағдарлама ӨЭБ бағдарламасына 3-қосымша болып табылады.",
             "Cơ sở: {name}. Chủ cơ sở: {operator}. Kế hoạch được lập theo nội dung Giấy phép môi trường đã được cấp."),
    "m2.head": ("№|Пункт отбора проб|Определяемые показатели|Периодичность отбора|Количество проб в год|Исполнитель|Примечание",
                "№|Сынама алу пункті|Анықталатын көрсеткіштер|Сынама алу кезеңділігі|Жылдағы сынамалар саны|Орындаушы|Ескертпе",
                "TT|Vị trí quan trắc|Thông số quan trắc|Tần suất|Số mẫu/năm|Đơn vị thực hiện|Ghi chú"),
    "m2.total": ("Всего проб по программе", "Бағдарлама бойынша барлық сынамалар", "Tổng số mẫu/năm"),
    "m2.groups": ("Сточные воды|Подземные воды (наблюдательные скважины)", "Ағынды сулар|Жерасты сулары (бақылау ұңғымалары)",
                  "Nước thải|Khí thải"),
    "m2.points": ("СВ-1 – выпуск очищенных сточных вод в пруд-испаритель|СВ-2 – вход на очистные сооружения;"
                  "НС-1 – выше площадки по потоку подземных вод|НС-2 – ниже пруда-испарителя|НС-3 – ниже площадки хранения отходов",
                  "АС-1 – тазартылған ағынды суларды буландырғыш тоғанға шығару|АС-2 – тазарту құрылыстарына кіреберіс;"
                  "БҰ-1 – жерасты суларының ағысы бойынша алаңнан жоғары|БҰ-2 – буландырғыш тоғаннан төмен|"
                  "БҰ-3 – қалдықтарды сақтау алаңынан төмен",
                  "NT1 – Nước thải sau HTXLNT tập trung, trước khi đấu nối vào KCN;"
                  "KT1 – Ống khói lò hơi đốt biomass|KT2 – Ống thải HTXL khí thải lò sấy"),
    "m2.who": ("ИЛ ТОО «ЭкоАналитика-Центр»", "«ЭкоАналитика-Орталық» ЖШС СЗ", "Trung tâm Quan trắc Phương Nam (VIMCERTS 087)"),
    "m2.notes": ("при наличии сброса|–;замер уровня воды|–", "төгінді болған жағдайда|–;су деңгейін өлшеу|–",
                 "Đo kèm lưu lượng|–;Đo kèm nhiệt độ, O2 dư|–"),
    "m2.flow": ("", "", "Lưu lượng, "),
    "m2.abbr": ("Сокращения: СВ – сточные воды; НС – наблюдательная скважина; ИЛ – испытательная лаборатория; "
                "ПЭК – производственный экологический контроль.",
                "Қысқартулар: АС – ағынды сулар; БҰ – бақылау ұңғымасы; СЗ – сынақ зертханасы; ӨЭБ – өндірістік экологиялық бақылау.",
                "Ghi chú: NT – nước thải; KT – khí thải; HTXLNT – hệ thống xử lý nước thải; HTXL – hệ thống xử lý; "
                "KCN – khu công nghiệp."),
}  # fmt: skip
SAMPLES = {"monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}


def monitoring_v2(doc: Doc) -> None:
    """A water-sampling programme with the total of samples a year as the first row under the header, medium group rows
    spanning the table, each point's code leading its place (`СВ-1 – выпуск …`), its parameters listed in one cell, the
    frequency, the number of samples a year, the laboratory (an abbreviation) and notes; the codes and abbreviations
    explained under the table. VI: waste water and stack gas (flow among the stack's parameters), `Tổng số mẫu/năm`
    first."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "m2.h"))
    doc.p(_t(doc, "m2.p").format(name=name, operator=operator))
    head = _row(doc, "m2.head")
    width = len(head)
    if vi:
        plans = [(("symbol", "pH BOD5 COD TSS NH4+ TN TP Coliform".split()), ("quarterly", "monthly")),
                 (("code", ["2902", "0330", "0301", "0337"]), ("quarterly", "semiannual"))]
    else:
        plans = [(("symbol", "pH TSS BOD5 COD NH4+ TPH Surfactants".split()), ("monthly", "quarterly")),
                 (("symbol", "pH TDS Cl- SO4 NO3- TPH Fe".split()), ("quarterly", "semiannual"))]
    body, merges, samples, n = [], [], 0, 0
    for group, points, notes, ((key, pool), choices) in zip(
        _list(doc, "m2.groups"), _t(doc, "m2.points").split(";"), _t(doc, "m2.notes").split(";"), plans, strict=True
    ):
        body.append(_span(group, width))
        merges.append((len(body) - 1, 0, len(body) - 1, width - 1))
        for place in points.split("|"):
            n += 1
            code = place.split()[0]
            word = doc.pick(choices)
            picked = sorted(doc.rng.sample(pool, doc.rng.randint(4, 5) if key == "symbol" else 4), key=pool.index)
            if key == "code":
                listed = _t(doc, "m2.flow") + ", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in picked)
            else:
                listed = ", ".join(vocab.water(s, doc.lang) for s in picked)
            samples += SAMPLES[word]
            body.append([str(n), place, listed, freq(doc, word), str(SAMPLES[word]), _t(doc, "m2.who"),
                         doc.pick(notes.split("|"))])
            doc.add("monitoring", *(_mon({"point_contains": code}, (key, s), word) for s in picked))
    top = [_t(doc, "m2.total"), None, None, None, str(samples), "", ""]
    rows = [head, top, *body]
    merges = [(1, 0, 1, 3)] + [(r + 2, c0, r1 + 2, c1) for r, c0, r1, c1 in merges]  # under the header and the total
    doc.table(None, rows, merges, role="monitoring")
    doc.p(_t(doc, "m2.abbr"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.h": ("График внутренних проверок соблюдения экологических требований на 2026 год",
             "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулер кестесі",
             "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i1.p": ("УТВЕРЖДАЮ: Главный инженер {operator} ____________ «___» декабря 2025 г.",
             "БЕКІТЕМІН: {operator} бас инженері ____________ 2025 ж. «___» желтоқсан",
             "Ban hành kèm theo Quyết định số 112/QĐ-GĐ ngày 26/12/2025 của Giám đốc {operator}."),
    "i1.head": ("№ п/п|Объект проверки|Периодичность проверок|Количество проверок в год|Ответственный|Примечание",
                "Р/с №|Тексеру объектісі|Тексеру кезеңділігі|Жылдағы тексерулер саны|Жауапты|Ескертпе",
                "TT|Khu vực kiểm tra|Tần suất|Số lượt kiểm tra/năm|Bộ phận thực hiện|Ghi chú"),
    "i1.total": ("Всего проверок в год", "Жылына барлық тексерулер", "Tổng số lượt kiểm tra"),
    "i1.weekly": ("еженедельно", "апта сайын", "hằng tuần"),
    "i1.who": ("ООС|гл. инженер, ООС|ОТиТБ, ООС", "ҚОҚБ|бас инженер, ҚОҚБ|ЕҚжҚТБ, ҚОҚБ", "P.ATMT|Quản đốc xưởng, P.ATMT|P.HCNS, P.ATMT"),
    "i1.notes": ("с составлением акта|запись в журнале|–", "акт жасала отырып|журналға жазу|–", "Lập biên bản|Ghi sổ nhật ký|–"),
    "i1.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
    "i1.number": ("1", "1", "1"),
    "i1.foot": ("* – а также внеплановые проверки по распоряжению главного инженера после аварийных ситуаций.",
                "* – сондай-ақ авариялық жағдайлардан кейін бас инженердің өкімі бойынша жоспардан тыс тексерулер.",
                "(*) Ngoài ra kiểm tra đột xuất theo yêu cầu của Giám đốc khi xảy ra sự cố."),
    "i1.abbr": ("Сокращения: ООС – отдел охраны окружающей среды; ОТиТБ – отдел охраны труда и техники безопасности.",
                "Қысқартулар: ҚОҚБ – қоршаған ортаны қорғау бөлімі; ЕҚжҚТБ – еңбекті қорғау және қауіпсіздік техникасы бөлімі.",
                "Ghi chú: P.ATMT – Phòng An toàn – Môi trường; P.HCNS – Phòng Hành chính – Nhân sự."),
}  # fmt: skip
CHECKS_A_YEAR = {"weekly": 52, "monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}


def inspections_v1(doc: Doc) -> None:
    """A schedule of internal checks with the total number of checks a year as the first row under the header and a
    row of column numbers, a number-of-checks column beside the frequency, some frequencies marked `*`, responsibles
    written as abbreviations (`ООС`, `ОТиТБ`) explained under the table, a notes column; printed in two parts, the
    second under `Продолжение таблицы 1` with the column numbers, a unit's name cut over the break."""
    operator = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)][1]
    doc.h(_t(doc, "i1.h"))
    doc.p(_t(doc, "i1.p").format(operator=operator))
    names = units(doc, 7)
    choices = ("weekly", "monthly", "monthly", "quarterly", "quarterly", "semiannual", "yearly")
    plan = [(u, doc.pick(choices)) for u in names]
    marked = set(doc.rng.sample(range(len(plan)), doc.rng.randint(1, 2)))
    body = []
    for k, (unit, word) in enumerate(plan, 1):
        said = _t(doc, "i1.weekly") if word == "weekly" else freq(doc, word)
        if k - 1 in marked:
            said = _mark(doc, said)
        body.append([str(k), unit, said, str(CHECKS_A_YEAR[word]), doc.pick(_list(doc, "i1.who")), doc.pick(_list(doc, "i1.notes"))])
        doc.add("obligations", inspection(unit, word))
    head = [_row(doc, "i1.head"), _numbers(doc, 6)]
    top = [_t(doc, "i1.total"), None, None, str(sum(CHECKS_A_YEAR[w] for _, w in plan)), "", ""]
    multi = [k for k in range(2, len(body) - 1) if len(body[k][1].split()) > 1]
    cut = min(multi, key=lambda k: abs(2 * k - len(body))) if multi else len(body) // 2
    part1 = head + [top] + body[:cut]
    part2 = [_numbers(doc, 6)]
    if multi:
        first, tail = _halves(body[cut][1])
        part1.append([*body[cut][:1], first, *body[cut][2:]])
        part2.append(["", tail, "", "", "", ""])
    else:
        part2.append(body[cut])
    part2 += body[cut + 1 :]
    doc.table(_t(doc, "i1.caption"), part1, [(2, 0, 2, 2)], role="inspections")
    _continuation(doc, _t(doc, "i1.number"), part2, [], "inspections")
    _notes(doc, "i1.foot", "i1.abbr")
    maybe_distractor(doc)


TEXT |= {
    "i2.h": ("Приложение 2 к приказу от 29.12.2025 № 214-П «Об организации внутреннего экологического контроля»",
             "«Ішкі экологиялық бақылауды ұйымдастыру туралы» 29.12.2025 № 214-Б бұйрыққа 2-қосымша",
             "Phụ lục 2 kèm theo Quyết định số 214/QĐ-CT ngày 29/12/2025 về việc tổ chức tự kiểm tra công tác bảo vệ môi trường"),
    "i2.p": ("Перечень подразделений, подлежащих проверке, и периодичность проверок. Проверки проводит постоянно действующая "
             "комиссия под председательством главного инженера.",
             "Тексерілуге жататын бөлімшелердің тізбесі және тексеру кезеңділігі. Тексерулерді бас инженер төрағалық ететін "
             "тұрақты жұмыс істейтін комиссия жүргізеді.",
             "Danh sách bộ phận được kiểm tra và tần suất kiểm tra. Việc kiểm tra do Tổ kiểm tra nội bộ do Phó Giám đốc "
             "kỹ thuật làm tổ trưởng thực hiện."),
    "i2.sides": ("Промплощадка № 1|Промплощадка № 2", "№ 1 өнеркәсіптік алаң|№ 2 өнеркәсіптік алаң",
                 "Khu A (nhà máy hiện hữu)|Khu B (nhà máy mở rộng)"),
    "i2.head": ("№|Подразделение|Периодичность|№|Подразделение|Периодичность", "№|Бөлімше|Кезеңділігі|№|Бөлімше|Кезеңділігі",
                "TT|Bộ phận|Tần suất|TT|Bộ phận|Tần suất"),
    # weekly, monthly, quarterly, semiannual, yearly
    "i2.every": ("1 р/нед.|1 р/мес.|1 р/кв.|1 р/полуг.|1 р/год", "1 р/апта|1 р/ай|1 р/тоқс.|1 р/жарты ж.|1 р/жыл",
                 "1 lần/tuần|1 lần/tháng|1 lần/quý|2 lần/năm|1 lần/năm"),
    "i2.legend": ("Сокращения: р/нед. – раз в неделю; р/мес. – раз в месяц; р/кв. – раз в квартал; р/полуг. – раз в полугодие; "
                  "р/год – раз в год.",
                  "Қысқартулар: р/апта – аптасына бір рет; р/ай – айына бір рет; р/тоқс. – тоқсанына бір рет; "
                  "р/жарты ж. – жарты жылда бір рет; р/жыл – жылына бір рет.",
                  "Ghi chú: Kết quả kiểm tra được lập thành biên bản, lưu tại Phòng An toàn – Môi trường."),
}  # fmt: skip
EVERY = ("weekly", "monthly", "quarterly", "semiannual", "yearly")


def inspections_v2(doc: Doc) -> None:
    """An order's annex printed as two halves side by side to save paper: `№ | unit | frequency` twice on each row,
    the units of one site on the left and of the other on the right under merged side headers, numbering running on
    from the left half to the right; frequencies abbreviated (`1 р/кв.`, `1 р/полуг.`) with the legend under the table.
    VI: `1 lần/quý`, `2 lần/năm`, a line on the records after it."""
    doc.h(_t(doc, "i2.h"))
    doc.p(_t(doc, "i2.p"))
    said = dict(zip(EVERY, _list(doc, "i2.every"), strict=True))
    names = units(doc, doc.rng.randint(7, 8))
    left, right = names[:4], names[4:]
    left_side, right_side = _list(doc, "i2.sides")
    rows = [[left_side, None, None, right_side, None, None], _row(doc, "i2.head")]
    weights = ("weekly", "monthly", "monthly", "quarterly", "quarterly", "semiannual", "yearly")
    for k in range(4):
        line = []
        for number, group in ((k + 1, left), (k + 5, right)):
            if k < len(group):
                word = doc.pick(weights)
                line += [str(number), group[k], said[word]]
                doc.add("obligations", inspection(group[k], word))
            else:
                line += ["", "", ""]
        rows.append(line)
    doc.table(None, rows, [(0, 0, 0, 2), (0, 3, 0, 5)], role="inspections")
    doc.p(_t(doc, "i2.legend"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (task, term, responsible as an abbreviation)
PLAN = {
    "ru": (("Провести инвентаризацию отходов производства и потребления", "до 1 марта 2026 г.", "ООС"),
           ("Заменить рукавные фильтры аспирационной системы дробильного участка", "II квартал 2026 г.", "ОГМ"),
           ("Выполнить озеленение санитарно-защитной зоны на площади 1,5 га", "апрель–май 2026 г.", "АХО"),
           ("Заключить договор на вывоз и демеркуризацию отработанных ртутьсодержащих ламп", "январь 2026 г.", "ОМТС"),
           ("Провести обучение персонала правилам обращения с опасными отходами", "март 2026 г.", "ОТиТБ"),
           ("Оборудовать контейнерную площадку для раздельного накопления отходов", "III квартал 2026 г.", "ОКС"),
           ("Провести поверку газоанализатора и расходомера сточных вод", "до 30 июня 2026 г.", "СГМетр")),
    "kk": (("Өндіріс және тұтыну қалдықтарына түгендеу жүргізу", "2026 жылғы 1 наурызға дейін", "ҚОҚБ"),
           ("Ұсату учаскесінің аспирациялық жүйесінің жеңді сүзгілерін ауыстыру", "2026 жылғы II тоқсан", "БМБ"),
           ("Санитариялық-қорғау аймағын 1,5 га алаңда көгалдандыру", "2026 жылғы сәуір–мамыр", "ӘШБ"),
           ("Пайдаланылған құрамында сынабы бар шамдарды шығару және демеркуризациялау шартын жасасу", "2026 жылғы қаңтар", "МТЖБ"),
           ("Персоналды қауіпті қалдықтармен жұмыс істеу қағидаларына оқыту", "2026 жылғы наурыз", "ЕҚжҚТБ"),
           ("Қалдықтарды бөлек жинақтауға арналған контейнерлік алаң жабдықтау", "2026 жылғы III тоқсан", "КҚБ"),
           ("Газталдағыш пен ағынды су шығыс өлшегішін салыстырып тексеру", "2026 жылғы 30 маусымға дейін", "БМетрҚ")),
    "vi": (("Kiểm kê, phân định khối lượng chất thải nguy hại phát sinh năm 2025", "Trước 01/3/2026", "P.ATMT"),
           ("Thay thế túi lọc bụi của hệ thống xử lý khí thải khu nghiền", "Quý II/2026", "XCĐ"),
           ("Trồng bổ sung cây xanh dọc hàng rào phía Đông nhà máy", "Tháng 4–5/2026", "P.HCNS"),
           ("Ký hợp đồng thu gom, xử lý bóng đèn huỳnh quang thải với đơn vị có chức năng", "Tháng 01/2026", "P.KHVT"),
           ("Tập huấn phân loại, lưu giữ chất thải nguy hại cho công nhân các xưởng", "Tháng 3/2026", "P.ATMT"),
           ("Cải tạo khu vực lưu giữ chất thải rắn công nghiệp thông thường", "Quý III/2026", "Ban QLDA"),
           ("Hiệu chuẩn thiết bị đo lưu lượng nước thải đầu ra", "Trước 30/6/2026", "P.KT")),
}  # fmt: skip

TEXT |= {
    "t1.h": ("План мероприятий по охране окружающей среды на 2026 год", "2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
             "KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "t1.p": ("{operator}. Утвержден приказом генерального директора от 25.12.2025 № 301.",
             "{operator}. Бас директордың 25.12.2025 № 301 бұйрығымен бекітілген.",
             "{operator}. Ban hành kèm theo Quyết định số 301/QĐ-GĐ ngày 25/12/2025."),
    "t1.head": ("№ п/п|Наименование мероприятия|Срок выполнения|Исполнитель|Затраты|Примечание",
                "Р/с №|Іс-шараның атауы|Орындау мерзімі|Орындаушы|Шығындар|Ескертпе",
                "TT|Nội dung công việc|Thời gian thực hiện|Đơn vị thực hiện|Kinh phí|Ghi chú"),
    "t1.units": ("^|^|^|^|тыс. тенге|^", "^|^|^|^|мың теңге|^", "^|^|^|^|triệu đồng|^"),
    "t1.total": ("Всего по плану", "Жоспар бойынша барлығы", "Tổng cộng"),
    "t1.notes": ("собственные средства|–|в рамках текущей деятельности", "меншікті қаражат|–|ағымдағы қызмет шеңберінде",
                 "Nguồn vốn của công ty|–|Kinh phí thường xuyên"),
    "t1.cont": ("Продолжение таблицы 5", "5-кестенің жалғасы", "Bảng 5 (tiếp theo)"),
    "t1.caption": ("Таблица 5", "5-кесте", "Bảng 5"),
    "t1.foot": ("* – за счет средств подрядной организации в рамках договора.",
                "* – шарт шеңберінде мердігер ұйымның қаражаты есебінен.",
                "(*) Do nhà thầu chi trả theo hợp đồng."),
    "t1.abbr": ("Сокращения: ООС – отдел охраны окружающей среды; ОГМ – отдел главного механика; АХО – административно-хозяйственный "
                "отдел; ОМТС – отдел материально-технического снабжения; ОТиТБ – отдел охраны труда и техники безопасности; "
                "ОКС – отдел капитального строительства; СГМетр – служба главного метролога.",
                "Қысқартулар: ҚОҚБ – қоршаған ортаны қорғау бөлімі; БМБ – бас механик бөлімі; ӘШБ – әкімшілік-шаруашылық бөлімі; "
                "МТЖБ – материалдық-техникалық жабдықтау бөлімі; ЕҚжҚТБ – еңбекті қорғау және қауіпсіздік техникасы бөлімі; "
                "КҚБ – күрделі құрылыс бөлімі; БМетрҚ – бас метролог қызметі.",
                "Ghi chú: P.ATMT – Phòng An toàn – Môi trường; XCĐ – Xưởng Cơ điện; P.HCNS – Phòng Hành chính – Nhân sự; "
                "P.KHVT – Phòng Kế hoạch – Vật tư; Ban QLDA – Ban Quản lý dự án; P.KT – Phòng Kỹ thuật."),
}  # fmt: skip


def tasks_v1(doc: Doc) -> None:
    """An environmental work plan with the total cost as the first row under the header, the money's unit
    (`тыс. тенге`) on a row of its own, responsibles as abbreviations explained under the table, a notes column, one
    cost marked `*`; where the page broke the converter kept the continuation caption as a row spanning the table and the
    header printed again as rows inside the one table, a task's text cut over the break (its tail alone on the row after
    the repeated header)."""
    vi = doc.lang == "vi"
    operator = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)][1]
    doc.h(_t(doc, "t1.h"))
    doc.p(_t(doc, "t1.p").format(operator=operator))
    picked = doc.rng.sample(PLAN[doc.lang], 6)
    head = [_row(doc, "t1.head"), _row(doc, "t1.units")]
    width = len(head[0])
    body, costs = [], []
    star = doc.rng.randrange(len(picked))
    for k, (text, when, who) in enumerate(picked, 1):
        cost = doc.rng.randint(5, 400) * (1 if vi else 10)
        costs.append(cost)
        figure = num(cost, doc.lang)
        body.append([str(k), text, when, who, _mark(doc, figure) if k - 1 == star else figure, doc.pick(_list(doc, "t1.notes"))])
        doc.add("obligations", task(str(k), text, who))
    cut = 3
    first, tail = _halves(body[cut][1])
    rows = [*head, [_t(doc, "t1.total"), None, None, None, num(sum(costs), doc.lang), ""], *body[:cut]]
    rows.append([*body[cut][:1], first, *body[cut][2:]])
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 5)] + [(2, 0, 2, 3)]
    rows.append(_span(_t(doc, "t1.cont"), width))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
    rows += [list(head[0]), list(head[1])]
    merges += [(len(rows) - 2, c, len(rows) - 1, c) for c in (0, 1, 2, 3, 5)]
    rows.append(["", tail, "", "", "", ""])
    rows += body[cut + 1 :]
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    _notes(doc, "t1.foot", "t1.abbr")
    maybe_distractor(doc)


# agenda items of a meeting: (item, ((decision, person), ...), term)
MINUTES = {
    "ru": (("О результатах внеплановой проверки Департамента экологии",
            (("Устранить нарушения, указанные в предписании Департамента экологии", "Жумабаев К.С., начальник ООС"),
             ("Представить в Департамент экологии информацию об устранении нарушений", "Жумабаев К.С., начальник ООС"),
             ("Провести внеочередной инструктаж персонала склада ГСМ по предупреждению разливов", "Ким Л.В., начальник склада ГСМ")),
            "до 15.02.2026"),
           ("О подготовке отчета по программе ПЭК за 2025 год",
            (("Собрать протоколы лабораторных испытаний за IV квартал 2025 года", "Ахметова Д.С., инженер-эколог"),
             ("Подготовить и направить отчет по программе ПЭК в уполномоченный орган", "Ахметова Д.С., инженер-эколог")),
            "до 01.03.2026"),
           ("Об обращении с отходами производства и потребления",
            (("Заключить договор на вывоз промасленной ветоши со специализированной организацией", "Сарсенов Р.Т., начальник ОМТС"),
             ("Оборудовать место накопления отработанных аккумуляторов на территории АТЦ", "Омаров Т.К., начальник АТЦ"),
             ("Организовать раздельный сбор макулатуры и пластиковой упаковки в АБК", "Лисицына О.А., начальник АХО")),
            "до 31.03.2026")),
    "kk": (("Экология департаментінің жоспардан тыс тексеруінің нәтижелері туралы",
            (("Экология департаментінің нұсқамасында көрсетілген бұзушылықтарды жою", "Жұмабаев Қ.С., ҚОҚБ бастығы"),
             ("Бұзушылықтардың жойылғаны туралы ақпаратты Экология департаментіне ұсыну", "Жұмабаев Қ.С., ҚОҚБ бастығы"),
             ("ЖЖМ қоймасының персоналына төгілулердің алдын алу бойынша кезектен тыс нұсқама өткізу", "Ким Л.В., ЖЖМ қоймасының бастығы")),
            "15.02.2026 дейін"),
           ("2025 жылғы ӨЭБ бағдарламасы бойынша есепті дайындау туралы",
            (("2025 жылғы IV тоқсандағы зертханалық сынақ хаттамаларын жинау", "Ахметова Д.С., эколог-инженер"),
             ("ӨЭБ бағдарламасы бойынша есепті дайындап, уәкілетті органға жіберу", "Ахметова Д.С., эколог-инженер")),
            "01.03.2026 дейін"),
           ("Өндіріс және тұтыну қалдықтарымен жұмыс туралы",
            (("Майланған шүберекті шығару үшін мамандандырылған ұйыммен шарт жасасу", "Сәрсенов Р.Т., МТЖБ бастығы"),
             ("Автокөлік цехының аумағында пайдаланылған аккумуляторларды жинақтау орнын жабдықтау", "Омаров Т.Қ., АКЦ бастығы"),
             ("ӘТК-да қағаз бен пластик орамды бөлек жинауды ұйымдастыру", "Лисицына О.А., ӘШБ бастығы")),
            "31.03.2026 дейін")),
    "vi": (("Về kết quả kiểm tra đột xuất của Sở Nông nghiệp và Môi trường",
            (("Khắc phục các tồn tại nêu tại Biên bản kiểm tra của Sở Nông nghiệp và Môi trường", "Ông Trần Văn Hùng – Trưởng phòng ATMT"),
             ("Báo cáo kết quả khắc phục tồn tại về Sở Nông nghiệp và Môi trường", "Ông Trần Văn Hùng – Trưởng phòng ATMT"),
             ("Tổ chức diễn tập ứng phó sự cố tràn đổ hóa chất tại kho hóa chất", "Bà Phạm Thị Hoa – Thủ kho")),
            "Trước 15/02/2026"),
           ("Về báo cáo công tác bảo vệ môi trường năm 2025",
            (("Tổng hợp kết quả quan trắc môi trường định kỳ các đợt năm 2025", "Bà Lê Thị Mai – Cán bộ môi trường"),
             ("Hoàn thiện và nộp báo cáo công tác bảo vệ môi trường năm 2025", "Bà Lê Thị Mai – Cán bộ môi trường")),
            "Trước 31/01/2026"),
           ("Về quản lý chất thải rắn và chất thải nguy hại",
            (("Ký phụ lục hợp đồng chuyển giao chất thải nguy hại năm 2026", "Ông Nguyễn Văn An – Trưởng phòng KHVT"),
             ("Bổ sung biển cảnh báo và nhãn tại kho chứa chất thải nguy hại", "Ông Đỗ Minh Tuấn – Quản đốc Xưởng Cơ điện"),
             ("Phân loại chất thải rắn sinh hoạt tại nguồn ở khu nhà ăn", "Bà Vũ Thu Hà – Trưởng phòng HCNS")),
            "Trước 31/3/2026")),
}  # fmt: skip

TEXT |= {
    "t2.h": ("ПРОТОКОЛ № 7 совещания по вопросам охраны окружающей среды",
             "Қоршаған ортаны қорғау мәселелері жөніндегі кеңестің № 7 ХАТТАМАСЫ",
             "THÔNG BÁO KẾT LUẬN CUỘC HỌP GIAO BAN CÔNG TÁC MÔI TRƯỜNG THÁNG 01/2026"),
    "t2.p": ("{operator}, 12 января 2026 г. Председатель – главный инженер Сейткали Е.Б. Присутствовали: 9 человек (список прилагается).",
             "{operator}, 2026 жылғы 12 қаңтар. Төраға – бас инженер Сейтқали Е.Б. Қатысқандар: 9 адам (тізімі қоса беріледі).",
             "{operator}. Chủ trì: Ông Hoàng Văn Long – Phó Giám đốc kỹ thuật. Thành phần: trưởng các phòng, ban, quản đốc các xưởng."),
    "t2.decided": ("РЕШИЛИ:", "ШЕШТІ:", "Giám đốc kết luận và giao nhiệm vụ như sau:"),
    "t2.head": ("№|Поручение|Ответственный|Срок исполнения|Отметка об исполнении",
                "№|Тапсырма|Жауапты|Орындау мерзімі|Орындалуы туралы белгі",
                "TT|Nội dung công việc|Người thực hiện|Thời hạn|Ghi chú"),
    "t2.item": ("{n}. По вопросу «{text}»", "{n}. «{text}» мәселесі бойынша", "{n}. {text}"),
    "t2.after": ("Контроль исполнения протокола возложить на главного эколога. Секретарь совещания: Нурланова Д.С.",
                 "Хаттаманың орындалуын бақылау бас экологқа жүктелсін. Кеңес хатшысы: Нұрланова Д.С.",
                 "Giao Phòng An toàn – Môi trường theo dõi, đôn đốc việc thực hiện thông báo này."),
}  # fmt: skip


def tasks_v2(doc: Doc) -> None:
    """The decisions of a meeting's minutes: a row per agenda item spanning the table (`1. По вопросу «…»`), the
    decisions under it numbered 1.1, 1.2, the responsible as a person's name with the position after it, the term
    merged down over the decisions of one item, an empty mark column; the chair and the attendance in the sentence
    before, the control of execution after. VI: a director's conclusions after a monthly meeting."""
    operator = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)][1]
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.p").format(operator=operator))
    doc.p(_t(doc, "t2.decided"))
    head = _row(doc, "t2.head")
    width = len(head)
    rows, merges = [head], []
    for n, (item, decisions, term) in enumerate(MINUTES[doc.lang], 1):
        rows.append(_span(_t(doc, "t2.item").format(n=n, text=item), width))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        picked = decisions if len(decisions) < 3 else doc.rng.sample(decisions, doc.rng.randint(2, 3))
        start = len(rows)
        for k, (text, who) in enumerate(picked, 1):
            rows.append([f"{n}.{k}", text, who, term if k == 1 else None, ""])
            doc.add("obligations", task(f"{n}.{k}", text, who.split(",")[0].split(" – ")[0]))
        if len(rows) - 1 > start:
            merges.append((start, 3, len(rows) - 1, 3))
    doc.table(None, rows, merges, role="tasks")
    doc.p(_t(doc, "t2.after"))
    if doc.rng.random() < 0.5:
        distractor(doc, "approval")


LAYOUTS = [Layout(role, f"V{k}", globals()[f"{role}_v{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_v1` … `tasks_v2`, in the order of the roles."""
