"""Build the project's sample documents in corpus/samples/ (DOCX, PDF and text).

A fictional ПЭК programme of a fictional quarry, laid out like the form of
order No. 250: facility table, wastes with household sub-rows, sources with
merged cells, a long calculated-sources table that runs over pages, air and
soil monitoring plans, and the text duties. Every name, number and coordinate
is invented; the BIN passes the Kazakhstan checksum.

    python scripts/make_samples.py            # writes corpus/samples/sample-pek-programme.{docx,pdf,txt}
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "corpus" / "samples"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

TITLE = "ПРОГРАММА ПРОИЗВОДСТВЕННОГО ЭКОЛОГИЧЕСКОГО КОНТРОЛЯ для карьера «Учебный» ТОО «Степной щебень» на 2027 год"
INTRO = [
    ("heading", "1. ОБЩИЕ СВЕДЕНИЯ"),
    (
        "p",
        "Карьер «Учебный» ведет добычу строительного камня открытым способом. Объект отнесен ко II категории.",
    ),
    ("heading", "2. ИНФОРМАЦИЯ ПО ОТХОДАМ"),
    ("p", "На предприятии образуются следующие виды отходов:"),
    ("num", "Промасленная ветошь;"),
    ("num", "Отработанные масляные фильтры;"),
    ("num", "Твердые бытовые отходы."),
    ("heading", "3. МЕТОДЫ И ЧАСТОТА ВЕДЕНИЯ УЧЕТА, АНАЛИЗА И СООБЩЕНИЯ ДАННЫХ"),
    (
        "p",
        "Отчет о выполнении программы производственного экологического контроля предоставляется "
        "ежеквартально до первого числа второго месяца за отчетным кварталом в информационную систему "
        "уполномоченного органа в области охраны окружающей среды.",
    ),
    ("p", "При проведении производственного экологического контроля оператор объекта обязан:"),
    ("p", "1) соблюдать программу производственного экологического контроля;"),
    (
        "p",
        "2) в течение трех рабочих дней сообщать в уполномоченный орган о фактах нарушения требований "
        "экологического законодательства, выявленных в ходе производственного экологического контроля;",
    ),
    (
        "p",
        "3) представлять отчеты в соответствии со статьей 186 Экологического кодекса Республики Казахстан.",
    ),
]

T1 = (
    "Таблица 1. Общие сведения о предприятии",
    [
        [
            "Наименование производственного объекта",
            "Месторасположение по коду КАТО",
            "Месторасположение, координаты",
            "БИН",
            "ОКЭД",
            "Категория и проектная мощность предприятия",
        ],
        ["1", "2", "3", "4", "5", "6"],
        [
            "Карьер «Учебный» ТОО «Степной щебень»",
            "116630100",
            "51°10'12.0\"N 71°25'48.0\"E",
            "230540001230",
            "08121",
            "II категория 150 000 тонн/год",
        ],
    ],
)
T2 = (
    "Таблица 2. Информация по отходам производства и потребления",
    [
        ["№п/п", "Вид отхода", "Код отхода в соответствии с классификатором отходов", "Вид операции"],
        ["", "1", "2", "3"],
        ["1", "Промасленная ветошь", "150202*", "Передается сторонней организации по договору"],
        ["2", "Фильтры масляные отработанные", "16 01 07*", "Передается сторонней организации по договору"],
        ["3", "Твердые бытовые отходы (ТБО):", "", "Вывозятся на полигон по договору"],
        ["", "- отходы бумаги, картона", "20 01 01", ""],
        ["", "- пищевые отходы", "20 01 08", ""],
        ["4", "Вскрышная порода", "01 01 02", "Складируется во внешнем отвале"],
    ],
)
# Table 4: one source row group per stack, its cells merged down over the substance rows.
T4_GROUPS = [
    (
        "1",
        "Дробильно-сортировочная установка",
        "Труба аспирационной установки",
        "0001",
        "51.1701:71.4301",
        ["Пыль неорганическая: 70-20% двуокиси кремния"],
        "1 раз в квартал",
    ),
    (
        "2",
        "Котельная",
        "Дымовая труба котельной",
        "0002",
        "51.1702:71.4305",
        ["Азота (IV) диоксид", "Азот (II) оксид", "Сера диоксид", "Углерод оксид"],
        "1 раз в квартал",
    ),
]
T5_SOURCES = [
    ("6001", "Буровые работы", "Пыль неорганическая: 70-20% двуокиси кремния"),
    (
        "6002",
        "Взрывные работы",
        "Азота (IV) диоксид Углерод оксид Пыль неорганическая: 70-20% двуокиси кремния",
    ),
    ("6003", "Экскавация горной массы", "Пыль неорганическая: 70-20% двуокиси кремния"),
    ("6004", "Склад ГСМ", "Сероводород Углеводороды предельные C12-19"),
    ("6005", "Сварочный пост", "Железо (II, III) оксиды Марганец и его соединения"),
    ("6006", "Отвал вскрышных пород", "Пыль неорганическая: 70-20% двуокиси кремния"),
] + [
    (f"60{n:02d}", f"Автодорога, участок {n - 6}", "Пыль неорганическая: 70-20% двуокиси кремния")
    for n in range(7, 31)
]
T3 = (
    "Таблица 3. Общие сведения об источниках выбросов",
    [
        ["№", "Наименование показателей", "Всего"],
        ["1", "Количество стационарных источников выбросов, всего единиц. Из них:", "32"],
        ["2", "Организованных", "2"],
        [
            "3",
            "Количество неорганизованных источников, на которых мониторинг осуществляется расчетным методом",
            "30",
        ],
    ],
)
T11 = (
    "Таблица 11. План-график внутренних проверок и процедур устранения нарушений экологического законодательства",
    [
        ["№", "Подразделение предприятия", "Периодичность проведения"],
        ["1", "2", "3"],
        ["1", "Карьер «Учебный»", "1 раз в квартал"],
    ],
)
T8 = (
    "Таблица 8. План-график наблюдений за состоянием атмосферного воздуха",
    [
        [
            "№",
            "№ контрольной точки (поста)",
            "Контролируемое вещество",
            "Периодичность контроля",
            "Кем осуществляется контроль",
        ],
        ["1", "2", "3", "4", "5"],
        [
            "1",
            "т.1 граница СЗЗ (север)",
            "Пыль неорганическая 20-70% Азота диоксид",
            "1 раз в квартал",
            "Аккредитованная лаборатория",
        ],
        [
            "2",
            "т.2 граница СЗЗ (юг)",
            "Пыль неорганическая 20-70% Азота диоксид",
            "1 раз в квартал",
            "Аккредитованная лаборатория",
        ],
    ],
)
T10_POINTS = ["Кт.1 граница СЗЗ", "Кт.2 граница СЗЗ"]
T10_ELEMENTS = [("Свинец", "32"), ("Кадмий", "-"), ("Цинк", "-"), ("Медь", "-")]


def t4_rows() -> list[list[str]]:
    rows = [
        [
            "№",
            "Наименование площадки",
            "Источники выброса",
            "",
            "Координаты",
            "Наименование загрязняющих веществ",
            "Периодичность инструментальных замеров",
        ],
        ["", "", "наименование", "номер", "", "", ""],
        ["1", "2", "3", "4", "5", "6", "7"],
    ]
    for no, site, name, number, coords, substances, freq in T4_GROUPS:
        for k, substance in enumerate(substances):
            first = k == 0
            rows.append(
                [
                    no if first else "",
                    site if first else "",
                    name if first else "",
                    number if first else "",
                    coords if first else "",
                    substance,
                    freq if first else "",
                ]
            )
    return rows


def t5_rows() -> list[list[str]]:
    rows = [
        ["№", "Наименование площадки", "Источник выброса номер", "Наименование загрязняющих веществ"],
        ["1", "2", "3", "4"],
    ]
    for k, (number, site, substances) in enumerate(T5_SOURCES, start=1):
        rows.append([str(k), site, number, substances])
    return rows


def t10_rows() -> list[list[str]]:
    rows = [
        [
            "№",
            "Точка отбора проб",
            "Наименование контролируемого вещества",
            "Предельно-допустимая концентрация, мг/кг",
            "Периодичность",
        ],
        ["1", "2", "3", "4", "5"],
    ]
    for k, point in enumerate(T10_POINTS, start=1):
        for j, (element, limit) in enumerate(T10_ELEMENTS):
            rows.append([str(k) if j == 0 else "", point if j == 0 else "", element, limit, "1 раз в год"])
    return rows


TABLES = [
    T1,
    T2,
    T3,
    (
        "Таблица 4. Сведения об источниках выбросов, на которых мониторинг осуществляется "
        "инструментальными измерениями",
        t4_rows(),
    ),
    (
        "Таблица 5. Сведения об источниках выбросов, на которых мониторинг осуществляется расчетным методом",
        t5_rows(),
    ),
    T8,
    ("Таблица 10. Мониторинг уровня загрязнения почвы", t10_rows()),
    T11,
]


# ---------------------------------------------------------------- DOCX


def build_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "ТОО «Степной щебень» — Программа ПЭК 2027"
    section.footer.paragraphs[0].text = "Документ сформирован для примера"
    doc.add_heading(TITLE, level=1)
    for kind, text in INTRO:
        if kind == "heading":
            doc.add_heading(text, level=2)
        elif kind == "num":
            doc.add_paragraph(text, style="List Number")
        else:
            doc.add_paragraph(text)
    for caption, rows in TABLES:
        doc.add_paragraph(caption)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        if caption.startswith("Таблица 4"):
            _merge_t4(table)
        if caption.startswith("Таблица 10"):
            _merge_groups(table, first_body=2, columns=(0, 1), group=len(T10_ELEMENTS))
    doc.save(str(path))


def _merge_t4(table) -> None:
    a = table.cell(0, 2).merge(table.cell(0, 3))
    a.text = "Источники выброса"
    for c in (0, 1, 4, 5, 6):
        top = table.cell(0, c)
        text = top.text
        top.merge(table.cell(1, c)).text = text
    row = 3
    for *_, substances, _ in T4_GROUPS:
        span = len(substances)
        if span > 1:
            for c in (0, 1, 2, 3, 4, 6):
                top = table.cell(row, c)
                text = top.text
                top.merge(table.cell(row + span - 1, c)).text = text
        row += span


def _merge_groups(table, first_body: int, columns: tuple[int, ...], group: int) -> None:
    n = len(table.rows)
    for start in range(first_body, n, group):
        for c in columns:
            top = table.cell(start, c)
            text = top.text
            top.merge(table.cell(min(start + group - 1, n - 1), c)).text = text


# ---------------------------------------------------------------- PDF


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9, leading=12, spaceAfter=8)
    head = ParagraphStyle(
        "head", fontName="DejaVu-Bold", fontSize=12, leading=15, spaceAfter=8, spaceBefore=6
    )
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8, leading=10)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        width, height = landscape(A4)
        canvas.drawString(40, height - 30, "ТОО «Степной щебень» — Программа ПЭК 2027")
        canvas.drawString(40, 25, "Документ сформирован для примера")
        canvas.drawRightString(width - 40, 25, f"- {doc.page} -")
        canvas.restoreState()

    story = [Paragraph(TITLE, head)]
    counter = 0
    for kind, text in INTRO:
        if kind == "heading":
            story.append(Paragraph(text, head))
        elif kind == "num":
            counter += 1
            story.append(Paragraph(f"{counter}. {text}", body))
        else:
            story.append(Paragraph(text, body))
    for caption, rows in TABLES:
        story.append(Paragraph(caption, body))
        data = [[Paragraph(t, cell) for t in row] for row in rows]
        header_rows = next((i for i, r in enumerate(rows) if [x for x in r if x][:2] == ["1", "2"]), 0) + 1
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if caption.startswith("Таблица 4"):
            style += _t4_spans()
        if caption.startswith("Таблица 10"):
            for k in range(len(T10_POINTS)):
                start = header_rows + k * len(T10_ELEMENTS)
                for c in (0, 1):
                    style.append(("SPAN", (c, start), (c, start + len(T10_ELEMENTS) - 1)))
        table = Table(data, repeatRows=header_rows, style=TableStyle(style))
        story += [table, Spacer(1, 10)]
    pdf = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        topMargin=50,
        bottomMargin=45,
        title="Программа ПЭК (пример)",
        author="regdocs samples",
    )
    pdf.build(story, onFirstPage=furniture, onLaterPages=furniture)


def _t4_spans() -> list[tuple]:
    spans = [("SPAN", (2, 0), (3, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 4, 5, 6)]
    row = 3
    for *_, substances, _ in T4_GROUPS:
        if len(substances) > 1:
            spans += [("SPAN", (c, row), (c, row + len(substances) - 1)) for c in (0, 1, 2, 3, 4, 6)]
        row += len(substances)
    return spans


# ---------------------------------------------------------------- text


def build_txt(path: Path) -> None:
    lines = [TITLE, ""]
    counter = 0
    for kind, text in INTRO:
        if kind == "num":
            counter += 1
            text = f"{counter}. {text}"
        lines += [text, ""]
    for caption, rows in TABLES:
        lines += [caption, ""]
        lines += ["\t".join(row) for row in rows]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    build_docx(OUT / "sample-pek-programme.docx")
    build_txt(OUT / "sample-pek-programme.txt")
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        build_pdf(OUT / "sample-pek-programme.pdf")
    else:
        print(f"skipped the PDF: no DejaVu fonts in {FONT_DIR}", file=sys.stderr)
    for p in sorted(OUT.glob("sample-*")):
        print(p.relative_to(OUT.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
