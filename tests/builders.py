"""Builders of real test documents: DOCX through python-docx (plus its XML where it has no API),
PDF through reportlab, text files and broken files as bytes.

Each builder writes one file under the directory it is given and returns its path (PDF builders
also return what the page layout decided, such as which row a page break cut in two). The
documents are small imitations of the ones the service reads: ПЭК programmes with numbered
requirements, emission-source tables with two-row headers and column numbers, running headers
with the e-document registration number.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document as new_docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"


def have_fonts() -> bool:
    """The DejaVu fonts reportlab needs to draw Cyrillic (Debian's fonts-dejavu-core)."""
    return FONT.is_file() and FONT_BOLD.is_file()


# =================================================================== DOCX

# Numbering definitions added to the template's numbering.xml. Ids well above the template's own.
LIST_NUM = "90"  # decimal "%1." / lowerLetter "%2)"
LIST_RESTART = "91"  # the same abstractNum, level 0 restarted at 1
LIST_RU = "92"  # decimal "%1." / russianLower "%2)"
LIST_BULLET = "93"
LIST_LEGAL = "94"  # decimal "%1." / decimal "%1.%2." on Heading 1 / Heading 2


def _abstract_num(aid: str, levels: list[tuple[str, str]]) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )


def _num(num_id: str, aid: str, restart_level: int | None = None) -> str:
    override = (
        f'<w:lvlOverride w:ilvl="{restart_level}"><w:startOverride w:val="1"/></w:lvlOverride>'
        if restart_level is not None
        else ""
    )
    return f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{override}</w:num>'


def _add_numbering(doc) -> None:
    """Multi-level list definitions, and a second w:num on the first one that restarts it."""
    numbering = doc.part.numbering_part.element
    abstracts = [
        _abstract_num("90", [("decimal", "%1."), ("lowerLetter", "%2)")]),
        _abstract_num("92", [("decimal", "%1."), ("russianLower", "%2)")]),
        _abstract_num("93", [("bullet", "\u2022")]),
        _abstract_num("94", [("decimal", "%1."), ("decimal", "%1.%2.")]),
    ]
    first_num = numbering.find(qn("w:num"))
    for xml in abstracts:  # the schema wants every abstractNum before the first num
        if first_num is not None:
            first_num.addprevious(parse_xml(xml))
        else:
            numbering.append(parse_xml(xml))
    for xml in (
        _num(LIST_NUM, "90"),
        _num(LIST_RESTART, "90", restart_level=0),
        _num(LIST_RU, "92"),
        _num(LIST_BULLET, "93"),
        _num(LIST_LEGAL, "94"),
    ):
        numbering.append(parse_xml(xml))


def _numbered(doc, text: str, num_id: str, ilvl: int = 0, style: str | None = None):
    p = doc.add_paragraph(text, style=style)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    numpr.append(lvl)
    numpr.append(nid)
    ppr.append(numpr)
    return p


def docx_lists(directory: Path) -> Path:
    """Word auto-numbered lists: two levels, continuation, restart, Russian letters, style numbering, bullets."""
    doc = new_docx()
    _add_numbering(doc)
    doc.add_heading("Требования к контролю", level=1)
    _numbered(doc, "Контроль выбросов в атмосферу", LIST_NUM, 0)
    _numbered(doc, "инструментальные замеры на организованных источниках", LIST_NUM, 1)
    _numbered(doc, "расчётный метод для неорганизованных источников", LIST_NUM, 1)
    _numbered(doc, "Контроль сбросов сточных вод", LIST_NUM, 0)
    doc.add_paragraph("Отбор проб выполняет аккредитованная лаборатория.")
    _numbered(doc, "Контроль обращения с отходами", LIST_NUM, 0)
    _numbered(doc, "учёт образования отходов", LIST_NUM, 1)
    doc.add_paragraph("Отчётность.")
    _numbered(doc, "Квартальный отчёт", LIST_RESTART, 0)
    _numbered(doc, "Годовой отчёт", LIST_RESTART, 0)
    doc.add_paragraph("Мониторинг почв.")
    _numbered(doc, "Отбор проб почвы", LIST_RU, 0)
    _numbered(doc, "на границе санитарно-защитной зоны", LIST_RU, 1)
    _numbered(doc, "на территории промышленной площадки", LIST_RU, 1)
    doc.add_paragraph("Обязанности оператора.")
    doc.add_paragraph("Назначить ответственного за контроль", style="List Number")
    doc.add_paragraph("Вести журнал учёта", style="List Number")
    doc.add_paragraph("Перечень документов.")
    _numbered(doc, "разрешение на эмиссии", LIST_BULLET, 0)
    _numbered(doc, "программа производственного контроля", LIST_BULLET, 0)
    path = directory / "lists.docx"
    doc.save(path)
    return path


def _set(cell, text: str) -> None:
    """Replace a (merged) cell's content with one paragraph of `text`."""
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell.paragraphs[0].text = text


def docx_tables(directory: Path) -> Path:
    """A captioned table with a two-row merged header, a column-number row and a vertical merge
    in the body; then a table with another table nested in one of its cells."""
    doc = new_docx()
    doc.add_paragraph("Таблица 1. Источники выбросов загрязняющих веществ")
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    c = t.cell
    _set(c(0, 0).merge(c(1, 0)), "№ п/п")
    _set(c(0, 1).merge(c(0, 2)), "Источники выброса")
    _set(c(0, 3).merge(c(1, 3)), "Загрязняющее вещество")
    _set(c(1, 1), "наименование")
    _set(c(1, 2), "номер")
    for col, text in enumerate(["1", "2", "3", "4"]):
        _set(c(2, col), text)
    for col, text in enumerate(["1", "Котельная", "0001", "Азота диоксид"]):
        _set(c(3, col), text)
    _set(c(4, 0).merge(c(5, 0)), "2")
    _set(c(4, 1).merge(c(5, 1)), "Дизель-генератор")
    _set(c(4, 2).merge(c(5, 2)), "0002")
    _set(c(4, 3), "Углерода оксид")
    _set(c(5, 3), "Серы диоксид")

    doc.add_paragraph("Сведения о лаборатории приведены ниже.")
    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    _set(outer.cell(0, 0), "Показатель")
    _set(outer.cell(0, 1), "Методика")
    _set(outer.cell(1, 0), "Взвешенные вещества")
    _set(outer.cell(1, 1), "Гравиметрический метод")
    inner = outer.cell(1, 1).add_table(rows=1, cols=2)
    _set(inner.cell(0, 0), "ПНД Ф 14.1:2.110")
    _set(inner.cell(0, 1), "диапазон 3–10000 мг/дм3")
    doc.add_paragraph("Нормативы по группе источников.")
    block = doc.add_table(rows=3, cols=3)
    block.style = "Table Grid"
    for col, text in enumerate(["Группа источников", "Показатель", "Норматив"]):
        _set(block.cell(0, col), text)
    _set(block.cell(1, 0).merge(block.cell(2, 1)), "Котельная и склад угля")
    _set(block.cell(1, 2), "0,5 г/с")
    _set(block.cell(2, 2), "12,4 т/год")
    doc.add_paragraph("Конец раздела.")
    path = directory / "tables.docx"
    doc.save(path)
    return path


HEADER_TEXT = "ТОО «Тестовая компания» — Программа производственного экологического контроля"
HEADER_TABLE_TEXT = "Форма ПЭК-1"
FOOTER_TEXT = "Разработчик: ИП «Эколог-Консалт», г. Караганда"
DOCX_TITLE = "Программа ПЭК на 2023–2025 годы"
DELETED_TEXT = "УДАЛЁННАЯ ПРАВКА"
INSERTED_TEXT = "вставленная правка"
SDT_TEXT = "Текст внутри элемента управления содержимым."


def docx_furniture(directory: Path) -> Path:
    """Section header (with a small table) and footer, a _GoBack bookmark, a tracked deletion and
    insertion, a content control, a non-breaking and an optional hyphen, document properties."""
    doc = new_docx()
    doc.core_properties.title = DOCX_TITLE
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    form = section.header.add_table(rows=1, cols=2, width=section.page_width - section.left_margin * 2)
    _set(form.cell(0, 0), HEADER_TABLE_TEXT)
    _set(form.cell(0, 1), "Лист 1")
    section.footer.paragraphs[0].text = FOOTER_TEXT
    doc.add_paragraph("Первый абзац основного текста документа.")

    p = doc.add_paragraph("Абзац с закладкой")
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), "0")
    start.set(qn("w:name"), "_GoBack")
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), "0")
    p._p.insert(1, start)
    p._p.append(end)
    p.add_run(" в середине текста.")

    p = doc.add_paragraph("Срок представления отчёта ")
    p._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="Редактор" w:date="2023-01-01T00:00:00Z">'
            f"<w:r><w:delText>{DELETED_TEXT} </w:delText></w:r></w:del>"
        )
    )
    p._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="2" w:author="Редактор" w:date="2023-01-01T00:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{INSERTED_TEXT} </w:t></w:r></w:ins>'
        )
    )
    p.add_run("до 1 апреля.")

    p = doc.add_paragraph("Граница санитарно")
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:noBreakHyphen/><w:t>защитной зоны; производ</w:t></w:r>"))
    p._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:softHyphen/><w:t xml:space="preserve">ственный контроль.</w:t></w:r>'
        )
    )

    sdt_paragraph = doc.add_paragraph(SDT_TEXT)
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Поле"/><w:id w:val="7"/></w:sdtPr>'
        "<w:sdtContent/></w:sdt>"
    )
    sdt_paragraph._p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(sdt_paragraph._p)
    doc.add_paragraph("Последний абзац.")
    path = directory / "furniture.docx"
    doc.save(path)
    return path


def docx_adjacent_tables(directory: Path) -> Path:
    """Two w:tbl siblings with nothing between them (Word draws one table), then a second pair
    whose continuation repeats the header row."""
    doc = new_docx()
    doc.add_paragraph("Таблица 2. Лимиты накопления отходов")
    first = doc.add_table(rows=3, cols=3)
    second = doc.add_table(rows=2, cols=3)
    for table, rows in (
        (
            first,
            [
                ["Вид отходов", "Код", "Лимит, т/год"],
                ["Огарки сварочных электродов", "12 01 13", "0,15"],
                ["Промасленная ветошь", "15 02 02*", "0,32"],
            ],
        ),
        (second, [["Отработанные шины", "16 01 03", "1,2"], ["Твёрдые бытовые отходы", "20 03 01", "4,5"]]),
    ):
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                _set(table.cell(r, col), text)
    doc.add_paragraph("Таблица 3. Периодичность контроля")
    third = doc.add_table(rows=2, cols=2)
    fourth = doc.add_table(rows=2, cols=2)
    for table, rows in (
        (third, [["Параметр", "Периодичность"], ["pH", "1 раз в месяц"]]),
        (fourth, [["Параметр", "Периодичность"], ["Нефтепродукты", "1 раз в квартал"]]),
    ):
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                _set(table.cell(r, col), text)
    doc.add_paragraph("После таблиц.")
    body = doc.element.body
    tables = body.findall(qn("w:tbl"))
    assert tables[0].getnext() is tables[1] and tables[2].getnext() is tables[3], "tables must touch"
    path = directory / "adjacent.docx"
    doc.save(path)
    return path


def docx_headings(directory: Path) -> Path:
    """Headings by style and by pattern: numbered sections, Russian and Vietnamese articles; then
    headings numbered by Word ("%1." and "%1.%2.")."""
    doc = new_docx()
    _add_numbering(doc)
    doc.add_heading("1. Общие положения", level=1)
    doc.add_paragraph("Программа устанавливает порядок контроля.")
    doc.add_heading("Цели контроля", level=2)
    doc.add_paragraph("Цель — соблюдение нормативов.")
    doc.add_paragraph("2.4.1 Воздействие на атмосферный воздух")
    doc.add_paragraph("Выбросы контролируются ежеквартально.")
    doc.add_paragraph("Статья 5. Права и обязанности оператора")
    doc.add_paragraph("Оператор обязан соблюдать условия разрешения.")
    doc.add_paragraph("Điều 3. Nguyên tắc bảo vệ môi trường")
    doc.add_paragraph("Bảo vệ môi trường là trách nhiệm của mọi cơ quan, tổ chức.")
    doc.add_paragraph("Согласно статье 5 Кодекса оператор представляет отчёт.")
    _numbered(doc, "Общие требования", LIST_LEGAL, 0, style="Heading 1")
    _numbered(doc, "Атмосферный воздух", LIST_LEGAL, 1, style="Heading 2")
    doc.add_paragraph("Контроль выбросов ведётся на источниках.")
    _numbered(doc, "Водные ресурсы", LIST_LEGAL, 1, style="Heading 2")
    _numbered(doc, "Отчётность", LIST_LEGAL, 0, style="Heading 1")
    _numbered(doc, "Сроки", LIST_LEGAL, 1, style="Heading 2")
    path = directory / "headings.docx"
    doc.save(path)
    return path


# =================================================================== PDF

STAMP_LINE = "Номер: KZ00TEST0000001 Дата: 01.02.2023"
FOOTER_LINES = (
    "ТОО «Тестовая компания». Программа ПЭК на 2023–2025 годы",
    "Документ сформирован в информационной системе предприятия",
)
PDF_TITLE = "ПРОГРАММА ПРОИЗВОДСТВЕННОГО ЭКОЛОГИЧЕСКОГО КОНТРОЛЯ"
PDF_SECTION = "1. Общие положения"
HYPHEN_LINES = (
    "Настоящая программа определяет порядок производствен-",
    "ного экологического контроля на участке, где залегает глинисто-",
    "щебенистая порода мощностью до 12 м.",
)
PDF_LIST = (
    ("1.", "Контроль выбросов загрязняющих веществ в атмосферный воздух."),
    ("2.", "Контроль обращения с отходами производства и потребления:"),
    ("1)", "учёт образования и движения отходов;"),
    ("2)", "передача отходов специализированным организациям."),
    ("3.", "Контроль состояния почв на границе санитарно-защитной зоны."),
)
PDF_CAPTION = "Таблица 4. Перечень источников выбросов загрязняющих веществ"
PDF_NOTES = (
    "Примечание: контроль проводится аккредитованной лабораторией. Результаты измерений "
    "заносятся в журнал учёта и хранятся на предприятии не менее пяти лет. Отбор проб "
    "выполняется при работе оборудования на номинальной нагрузке.",
    "Отчёт о выполнении программы представляется в территориальное подразделение уполномоченного "
    "органа в области охраны окружающей среды ежеквартально, не позднее десятого числа месяца, "
    "следующего за отчётным кварталом, в электронной форме.",
    "При превышении нормативов допустимых выбросов оператор незамедлительно принимает меры по "
    "устранению причин превышения и сообщает о них в уполномоченный орган в течение суток.",
)
SPLIT_HEAD = "Неорганизованный выброс при пересыпке и"
SPLIT_TAIL = (
    "транспортировке пылящих материалов на открытом складе, с учётом сезонных изменений "
    "влажности, скорости ветра и интенсивности работ по перегрузке угля и вскрышной породы "
    "в течение всего отчётного периода"
)
SPLIT_TEXT = f"{SPLIT_HEAD} {SPLIT_TAIL}"
PDF_ROWS = 100
SOURCE_HEADER = [
    ["№", "Источник выброса", "", "Периодичность"],
    ["", "наименование", "номер", ""],
    ["1", "2", "3", "4"],
]


@dataclass(frozen=True)
class ProgrammePdf:
    path: Path
    pages: int
    split_row: int
    """Number (first column) of the row that the first page break cut in two."""
    rows: tuple[tuple[str, str, str, str], ...]
    """Body rows of the table as the reader should give them (the cut row whole)."""
    table_pages: tuple[int, int]
    """First and last page the table is drawn on."""


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_BOLD)))


def _running_header_and_footer(canvas, doc) -> None:
    from reportlab.lib.pagesizes import A4

    width, height = A4
    canvas.saveState()
    canvas.setFont("DejaVuSans", 8)
    canvas.drawString(56, height - 36, STAMP_LINE)
    canvas.drawString(56, 52, FOOTER_LINES[0])
    canvas.drawString(56, 42, FOOTER_LINES[1])
    canvas.drawCentredString(width / 2, 24, f"- {doc.page} -")
    canvas.restoreState()


def _styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13, spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle("title", fontName="DejaVuSans-Bold", fontSize=14, leading=18, spaceAfter=10),
        "section": ParagraphStyle(
            "section", fontName="DejaVuSans-Bold", fontSize=10, leading=13, spaceAfter=6
        ),
        "nested": ParagraphStyle("nested", parent=body, leftIndent=18),
        "cell": ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11),
    }


def _source_table(rows: list[list], repeat: bool, **options):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (2, 0)),
            ("SPAN", (3, 0), (3, 1)),
        ]
    )
    data = [list(r) for r in SOURCE_HEADER] + rows
    return Table(data, colWidths=[30, 250, 60, 120], repeatRows=3 if repeat else 0, style=style, **options)


def _source_row(i: int, text: str | None = None) -> list:
    from reportlab.platypus import Paragraph

    name = text if text is not None else f"Дымовая труба котельной № {i}"
    return [str(i), Paragraph(name, _styles()["cell"]), f"{i:04d}", "1 раз в квартал"]


def _programme_story(first_page_rows: int, notes: bool):
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    st = _styles()
    story = [
        Paragraph(PDF_TITLE, st["title"]),
        Paragraph(PDF_SECTION, st["section"]),
        Paragraph("<br/>".join(HYPHEN_LINES), st["body"]),
    ]
    for number, text in PDF_LIST:
        story.append(Paragraph(f"{number} {text}", st["nested"] if number.endswith(")") else st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(PDF_CAPTION, st["body"]))
    # The row cut by the first page break, drawn as Word draws it: the first part closes the page
    # (the short cells whole), the rest opens the next page under the repeated header.
    k = first_page_rows
    first = [_source_row(i) for i in range(1, k)]
    first.append(_source_row(k, SPLIT_HEAD))
    rest = [["", Paragraph(SPLIT_TAIL, st["cell"]), "", ""]]
    rest += [_source_row(i) for i in range(k + 1, PDF_ROWS + 1)]
    story.append(_source_table(first, repeat=False))
    story.append(PageBreak())
    story.append(_source_table(rest, repeat=True))
    if notes:
        story.append(Spacer(1, 8))
        story.extend(Paragraph(text, st["body"]) for text in PDF_NOTES)
    return story


def _render(story, running: bool) -> tuple[bytes, int, list[tuple[int, int, float]]]:
    """The PDF, its page count, and for every table part drawn: (rows, page, y of its foot)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    class Recording(SimpleDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Table):
                drawn.append((len(flowable._cellvalues), self.page, self.frame._y))

    drawn: list[tuple[int, int, float]] = []
    buf = io.BytesIO()
    doc = Recording(
        buf,
        pagesize=A4,
        leftMargin=56,
        rightMargin=56,
        topMargin=72,
        bottomMargin=72,
        title="Программа ПЭК",
        author="Тест",
    )
    hook = _running_header_and_footer if running else (lambda canvas, doc: None)
    doc.build(story, onFirstPage=hook, onLaterPages=hook)
    return buf.getvalue(), doc.page, drawn


def _page_texts(data: bytes, pages: int) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages[:pages]]


def _expected_rows(n: int, split_row: int) -> tuple[tuple[str, str, str, str], ...]:
    return tuple(
        (
            str(i),
            SPLIT_TEXT if i == split_row else f"Дымовая труба котельной № {i}",
            f"{i:04d}",
            "1 раз в квартал",
        )
        for i in range(1, n + 1)
    )


def pdf_programme(directory: Path, notes: bool = True, name: str = "programme.pdf") -> ProgrammePdf:
    """A ПЭК programme: a two-line bold title, a bold section heading, a paragraph with hyphenated
    line ends, a numbered list with a nested list, and a captioned table of 100 rows over three or
    more pages: a two-row header with a spanned cell and a column-number row, repeated on every
    page, and one row cut by the first page break. A running stamp header and a two-line footer with
    the page number on every page. With `notes`, three paragraphs of text follow the table.

    The first page holds as many rows as fit (how many depends on font metrics); the cut row is
    the last of them.
    """
    from reportlab.lib.pagesizes import A4

    _register_fonts()
    k = 40
    for _ in range(3):
        data, pages, drawn = _render(_programme_story(k, notes), running=True)
        rows, page, foot = drawn[0]
        if rows - len(SOURCE_HEADER) == k and page == 1:
            break
        k = rows - len(SOURCE_HEADER)  # the part that fitted on the first page
    else:
        raise RuntimeError("could not fit the first part of the table on the first page")
    if foot > 0.3 * A4[1]:
        raise RuntimeError(f"the first part of the table ends too high on its page (y={foot:.0f})")
    path = directory / name
    path.write_bytes(data)
    table_pages = (drawn[0][1], drawn[-1][1])
    return ProgrammePdf(path, pages, k, _expected_rows(PDF_ROWS, k), table_pages)


SPLIT_ROWS = 60


def _split_row_story(long_row: int | None):
    from reportlab.platypus import Paragraph

    st = _styles()
    rows = [_source_row(i, SPLIT_TEXT if i == long_row else None) for i in range(1, SPLIT_ROWS + 1)]
    options = {"splitByRow": 0, "splitInRow": 1} if long_row else {}
    return [
        Paragraph("Приложение к программе производственного экологического контроля.", st["body"]),
        Paragraph("Таблица 5. Источники выбросов на участке хранения угля", st["body"]),
        # splitByRow=0 with splitInRow=1: a row that does not fit is cut at the page break.
        _source_table(rows, repeat=True, **options),
        Paragraph("Перечень источников уточняется при инвентаризации выбросов.", st["body"]),
    ]


def pdf_split_row(directory: Path) -> ProgrammePdf:
    """One reportlab table with `splitInRow`: the first page break cuts a long row, which
    reportlab continues on the next page under the repeated header.

    Where the first page ends depends on font metrics: a first rendering with short rows only
    finds it, and the long row is placed two rows above it.
    """
    _register_fonts()
    _, _, drawn = _render(_split_row_story(None), running=False)
    fitting = drawn[0][0] - len(SOURCE_HEADER)
    for k in (fitting - 1, fitting - 2, fitting):
        data, pages, drawn = _render(_split_row_story(k), running=False)
        first, second = _page_texts(data, 2)
        if SPLIT_HEAD.split()[0] in first and "периода" not in first and "периода" in second:
            break
    else:
        raise RuntimeError("could not place the long row across the first page break")
    path = directory / "split_row.pdf"
    path.write_bytes(data)
    table_pages = (drawn[0][1], drawn[-1][1])
    return ProgrammePdf(path, pages, k, _expected_rows(SPLIT_ROWS, k), table_pages)


def pdf_encrypted(directory: Path) -> Path:
    """A PDF that needs a user password to be opened."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = directory / "encrypted.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, encrypt="secret-password")
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Confidential monitoring report")
    c.save()
    return path


def pdf_without_text(directory: Path) -> Path:
    """A PDF page with drawings only, like a scan without OCR."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = directory / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(72, 400, 300, 200, fill=1)
    c.circle(300, 300, 50)
    c.save()
    return path


def pdf_small() -> bytes:
    """A valid one-page PDF with lines of text, to be cut short."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    for k in range(20):
        c.drawString(72, 760 - 20 * k, f"Monitoring report, line {k + 1}")
    c.save()
    return buf.getvalue()


# =================================================================== broken files


def _putter(directory: Path, out: dict[str, Path]):
    """`put(key, name, data)`: write `data` as `directory/name` and list it under `key` in `out`."""

    def put(key: str, name: str, data: bytes) -> None:
        out[key] = directory / name
        out[key].write_bytes(data)

    return put


def bad_files(directory: Path) -> dict[str, Path]:
    """Files the service must refuse, by what is wrong with them."""
    out: dict[str, Path] = {}
    put = _putter(directory, out)

    put("garbage_pdf", "garbage.pdf", b"%PDF-1.4\n" + bytes((i * 37 + 11) % 256 for i in range(4000)))
    small = pdf_small()
    put("truncated_pdf", "truncated.pdf", small[: len(small) // 2])
    out["encrypted_pdf"] = pdf_encrypted(directory)
    out["scan_pdf"] = pdf_without_text(directory)
    put("empty_pdf", "empty.pdf", b"")
    put("blank_txt", "blank.txt", b"  \r\n\n\t \n")
    put(
        "exe_pdf",
        "setup.pdf",
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200) + b"PE\x00\x00",
    )
    put("text_docx", "letter.docx", "Это обычный текст, а не документ Word.\n".encode())
    put("binary_docx", "binary.docx", bytes((i * 53 + 7) % 256 for i in range(3000)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("readme.txt", "no word/document.xml here")
    put("zip_docx", "archive.docx", buf.getvalue())
    real = docx_headings(directory).read_bytes()
    (directory / "headings.docx").unlink()
    put("half_docx", "half.docx", real[: len(real) // 2])
    with zipfile.ZipFile(io.BytesIO(real)) as z:
        document_xml = z.read("word/document.xml")
    put("truncated_xml_docx", "truncated-xml.docx", _rezip(real, {"word/document.xml": document_xml[:900]}))
    # A content-types part without its namespace, as hand-rolled zip writers produce.
    put(
        "bad_types_docx",
        "bad-types.docx",
        _rezip(real, {"[Content_Types].xml": b'<?xml version="1.0"?><Types/>'}),
    )
    put("binary_txt", "notes.txt", bytes((i * 97 + 3) % 256 for i in range(2000)))
    put("blank_pages_pdf", "ten-thousand-blank-pages.pdf", pdf_blank_pages(10_000))
    put("zip_bomb_docx", "bomb.docx", docx_zip_bomb(real, 300 * 1024 * 1024))
    put("docx_named_pdf", "programme.pdf", real)
    put("pdf_named_docx", "programme.docx", small)
    return out


def pdf_blank_pages(n: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(n):
        c.showPage()
    c.save()
    return buf.getvalue()


def docx_zip_bomb(real: bytes, unpacked: int) -> bytes:
    """A real DOCX whose document.xml unpacks to `unpacked` bytes of blanks (a few hundred kB packed)."""
    out = io.BytesIO()
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(io.BytesIO(real)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != "word/document.xml":
                zout.writestr(item, zin.read(item.filename))
        with zout.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(unpacked // len(chunk)):
                fh.write(chunk)
    return out.getvalue()


def hard_files(directory: Path) -> dict[str, Path]:
    """Files that are strange but readable: each must give a correct result."""
    out: dict[str, Path] = {}
    put = _putter(directory, out)

    small = pdf_small()
    # The cross-reference table points nowhere: readers must rebuild it by scanning the objects.
    start = small.rindex(b"startxref")
    put("broken_xref_pdf", "broken-xref.pdf", small[:start] + b"startxref\n999999\n%%EOF\n")
    out["owner_password_pdf"] = pdf_owner_password(directory)
    put("xxe_docx", "xxe.docx", docx_with_entity(docx_paragraphs(directory, "plain.docx", ["Пункт 1."]).read_bytes()))
    put("cp1251_txt", "programme-1251.txt", "Программа ПЭК: источник 0001, азота диоксид, ежеквартально.\n".encode("cp1251"))
    out["nested_tables_docx"] = docx_nested_tables(directory, depth=40)
    out["long_table_docx"] = docx_long_table(directory, rows=2000)
    return out


def pdf_owner_password(directory: Path) -> Path:
    """Encrypted with an owner password only: anyone may open and read it."""
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = directory / "owner-password.pdf"
    encryption = pdfencrypt.StandardEncryption("", ownerPassword="owner-secret", canPrint=1, canCopy=1)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Monitoring report, quarterly")
    c.save()
    return path


def docx_with_entity(real: bytes) -> bytes:
    """document.xml declaring an external entity that names a local file (XXE), used in a run."""
    with zipfile.ZipFile(io.BytesIO(real)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    head, body = xml.split("?>", 1)
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    body = body.replace("Пункт 1.", "Пункт 1. &xxe;", 1)
    return _rezip(real, {"word/document.xml": (head + "?>" + doctype + body).encode("utf-8")})


def docx_nested_tables(directory: Path, depth: int) -> Path:
    """A table in a cell of a table … `depth` levels down, the innermost cell saying where it is."""
    doc = new_docx()
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(2, depth + 1):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = f"уровень {depth}"
    path = directory / "nested-tables.docx"
    doc.save(path)
    return path


def docx_long_table(directory: Path, rows: int) -> Path:
    """One table of `rows` numbered source rows under a header, written as XML (python-docx's add_row is slow)."""
    doc = new_docx()
    doc.add_paragraph("Таблица 4. Источники выбросов")
    table = doc.add_table(rows=1, cols=3)
    for k, text in enumerate(["№ источника", "Наименование источника", "Загрязняющее вещество"]):
        table.cell(0, k).text = text
    template = table.rows[0]._tr
    from copy import deepcopy

    for n in range(1, rows + 1):
        tr = deepcopy(template)
        for tc, text in zip(tr.iter(qn("w:tc")), (f"{n:04d}", f"Труба {n}", "Азота диоксид"), strict=True):
            tc.xpath(".//w:t")[0].text = text
        table._tbl.append(tr)
    path = directory / "long-table.docx"
    doc.save(path)
    return path


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The zip `data` with some members' content replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, replace.get(item.filename, zin.read(item.filename)))
    return out.getvalue()


# =================================================================== text and small documents


def write_text(directory: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = directory / name
    path.write_bytes(text.encode(encoding))
    return path


def docx_paragraphs(directory: Path, name: str, paragraphs: list[str]) -> Path:
    """A DOCX of plain paragraphs."""
    doc = new_docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    path = directory / name
    doc.save(path)
    return path


def docx_plan(directory: Path, name: str, paragraphs: list[str], header: list[str], rows: list[list[str]]) -> Path:
    """A plan: paragraphs, then one table; a row of one cell is a section title merged across the table."""
    doc = new_docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.rows[0].cells[col].text = text
    for r, row in enumerate(rows, start=1):
        cells = table.rows[r].cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for col, text in enumerate(row):
            cells[col].text = text
    path = directory / name
    doc.save(path)
    return path
