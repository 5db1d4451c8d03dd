"""Where the readers join what the page broke: wrapped lines of a text dump, the lines of a PDF table
cell, the rows of a tab-separated table around a section title.

Joining must never run two figures together (`1,2100` + `0337` is two numbers, not `1,21000337`), while
a word hyphenated at a line end is whole again. A PDF cell keeps its writer's line breaks as the DOCX
reader keeps a cell's paragraphs (one per line); the lines the cell width wrapped are joined with a
space. A line without tabs between the rows of a tab-separated table (a row Word merged across the
table) stays a row of that table.
"""

from __future__ import annotations

import builders
import pytest
from docx import Document as new_docx

from extractor.extraction import extract_document
from extractor.model import Cell, Document, Table
from extractor.reading import parse_file


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("joins")


def parse_text(folder, name: str, text: str) -> Document:
    return parse_file(builders.write_text(folder, name, text))


def paragraph_with(doc: Document, fragment: str) -> str:
    found = [b.text for b in doc.blocks if b.table is None and fragment in b.text]
    assert len(found) == 1, [b.text for b in doc.blocks]
    return found[0]


# ------------------------------------------------------------------ text dumps: wrapped lines

# A PDF text dump of a conclusion: lines hard-wrapped at the page width, a row of figures cut
# after its last figure, the next row starting with the next substance's code.
WRAPPED_FIGURES = """Выбросы загрязняющих веществ в атмосферный воздух на период эксплуатации объекта
составят по веществам (код, наименование, класс опасности, г/с, т/год): 0301 Азота
(IV) диоксид 2 0,0120 0,0310, 0304 Азот (II) оксид 3 0,0450 1,2100
0337 Углерода оксид 4 0,0650 0,7200, 0330 Сера диоксид 3 0,0021 0,0052 и другие.
Заказчик проекта: ТОО «Кокше Стройресурс», г. Кокшетау, ул. Ауэзова, дом 7, офис 12,
041140003215, директор Иванов И. И., телефон +7 (7162) 25-00-00, почта info@ks.kz.
Исполнитель проекта: ТОО «Эко Проект», Акмолинская область, г. Кокшетау, ул. Абая, 7,
БИН 180640012307, в лице директора Петрова П. П., действующего на основании устава.
Программа производственного экологического мони-
торинга разработана на период с 2025 по 2034 годы, водородный показатель рН 6,5-
8,5, сухой остаток не более 1000 мг/дм3 по всем контрольным створам на участке работ.
"""


@pytest.fixture(scope="module")
def wrapped(folder) -> Document:
    return parse_text(folder, "wrapped.txt", WRAPPED_FIGURES)


def test_figures_on_both_sides_of_a_wrap_stay_two_numbers(wrapped):
    text = paragraph_with(wrapped, "Углерода оксид")
    assert "1,2100 0337 Углерода оксид" in text
    assert "1,21000337" not in text


def test_a_bin_after_a_comma_at_a_line_end_stays_apart(wrapped):
    text = paragraph_with(wrapped, "041140003215")
    assert "офис 12, 041140003215, директор" in text


def test_a_labelled_bin_after_a_comma_at_a_line_end_keeps_its_space(wrapped):
    text = paragraph_with(wrapped, "180640012307")
    assert "ул. Абая, 7, БИН 180640012307" in text


def test_hyphenated_words_and_ranges_are_still_joined_without_a_space(wrapped):
    text = paragraph_with(wrapped, "торинг")
    assert "экологического мониторинга разработана" in text
    assert "рН 6,5-8,5, сухой остаток" in text


# ------------------------------------------------------------------ text: section rows of a tab table

PLAN = (
    "План мероприятий по охране окружающей среды на 2025 год\n"
    "№\tНаименование мероприятия\tСрок выполнения\tОтветственный\n"
    "1. Организационные мероприятия\n"
    "1.1\tРазработать программу производственного экологического контроля\tI квартал 2025 г.\tЭколог\n"
    "1.2\tПредставить отчёт о выполнении программы\tежеквартально\tЭколог\n"
    "2. Охрана атмосферного воздуха\n"
    "2.1\tПровести инструментальные замеры на источниках выбросов\t1 раз в квартал\tЛаборатория\n"
    "\n"
    "3. Обращение с отходами\n"
    "3.1\tЗаключить договор на вывоз отходов\tдо 1 марта 2025 г.\tЗаместитель директора\n"
    "План утверждён приказом директора предприятия от 10 января 2025 года.\n"
)

SECTIONS = ("1. Организационные мероприятия", "2. Охрана атмосферного воздуха", "3. Обращение с отходами")


@pytest.fixture(scope="module")
def plan(folder) -> Document:
    return parse_text(folder, "plan.txt", PLAN)


def test_section_rows_without_tabs_keep_the_table_whole_with_its_header(plan):
    (table,) = plan.tables()
    assert table.header == ("№", "Наименование мероприятия", "Срок выполнения", "Ответственный")
    assert [row[0] for row in table.text_rows()] == [
        SECTIONS[0],
        "1.1",
        "1.2",
        SECTIONS[1],
        "2.1",
        SECTIONS[2],
        "3.1",
    ]
    assert [b.kind.value for b in plan.blocks] == ["paragraph", "table", "paragraph"]


def test_a_section_row_spans_the_table_as_in_a_docx(plan):
    (table,) = plan.tables()
    spanning = [row for row in table.rows if row[0] is not None and row[0].col_span == table.n_cols]
    assert [row[0].text for row in spanning] == list(SECTIONS)
    assert all(row[1:] == (None,) * (table.n_cols - 1) for row in spanning)


def test_every_task_of_a_plan_with_section_rows_is_read(plan):
    tasks = [o for o in extract_document(plan).obligations if o.kind == "task"]
    assert [(o.number, o.actor) for o in tasks] == [
        ("1.1", "Эколог"),
        ("1.2", "Эколог"),
        ("2.1", "Лаборатория"),
        ("3.1", "Заместитель директора"),
    ]


def test_a_title_over_a_new_table_is_no_section_row(folder):
    text = (
        "№\tВещество\tг/с\tт/год\n"
        "1\tАзота диоксид\t0,125\t3,94\n"
        "Лимиты накопления отходов на 2026 год\n"
        "№\tВид отходов\tЛимит, т\tКласс\n"
        "1\tПромасленная ветошь\t0,32\t3\n"
    )
    doc = parse_text(folder, "two-tables.txt", text)
    assert [b.kind.value for b in doc.blocks] == ["table", "paragraph", "table"]
    assert [t.header for t in doc.tables()] == [
        ("№", "Вещество", "г/с", "т/год"),
        ("№", "Вид отходов", "Лимит, т", "Класс"),
    ]


def test_a_sentence_between_two_tables_is_no_section_row(folder):
    text = (
        "№\tВещество\tг/с\tт/год\n"
        "1\tАзота диоксид\t0,125\t3,94\n"
        "Нормативы установлены на срок действия разрешения. Превышение нормативов не допускается.\n"
        "2\tСеры диоксид\t0,048\t1,51\n"
    )
    doc = parse_text(folder, "sentence.txt", text)
    assert [b.kind.value for b in doc.blocks] == ["table", "paragraph", "table"]


# ------------------------------------------------------------------ PDF and DOCX table cells

FIGURES = ("6,5-8,5", "350", "500", "0,1")
NAMES = ("рН", "Хлориды", "Сульфаты", "Нефтепродукты")
NOTE = "Производственный мони-<br/>торинг сточных вод выполняется аккредитованной лабораторией по договору"
COORDINATES = "47.52155:067.28345"


def _pdf_table(path):
    """One table: a cell of names and a cell of figures with a line per value (the writer's breaks), a
    cell of wrapped text with a word hyphenated over two lines, and coordinates wider than their column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    builders._register_fonts()
    cell = builders._styles()["cell"]
    data = [
        ["№", "Показатель", "ПДК, мг/дм3", "Примечание", "Координаты"],
        [
            "1",
            Paragraph("<br/>".join(NAMES), cell),
            Paragraph("<br/>".join(FIGURES), cell),
            Paragraph(NOTE, cell),
            Paragraph(COORDINATES, cell),
        ],
    ]
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    # Wide enough that `Сульфаты Нефтепродукты` would fit on one line: where the next word would not
    # have fitted, a break of the writer's and a wrap look the same, and the reader takes it for a wrap.
    table = Table(data, colWidths=[30, 150, 70, 120, 70], style=style)
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def _docx_table(path):
    """The same table as Word keeps it: a paragraph per line in the cells of names and figures."""
    doc = new_docx()
    table = doc.add_table(rows=2, cols=5)
    for k, text in enumerate(["№", "Показатель", "ПДК, мг/дм3", "Примечание", "Координаты"]):
        table.cell(0, k).text = text
    values = ["1", NAMES, FIGURES, NOTE.replace("-<br/>", ""), COORDINATES]
    for k, value in enumerate(values):
        lines = [value] if isinstance(value, str) else list(value)
        cell = table.cell(1, k)
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    doc.save(path)
    return path


def the_table(doc: Document) -> Table:
    (table,) = doc.tables()
    return table


@pytest.fixture(scope="module")
def pdf_row(folder) -> tuple[Cell | None, ...]:
    if not builders.have_fonts():
        pytest.skip(f"DejaVu fonts (for Cyrillic) not found in {builders.FONT_DIR}")
    return the_table(parse_file(_pdf_table(folder / "cells.pdf"))).rows[0]


def test_pdfplumber_gives_the_lines_of_a_cell_apart(folder, pdf_row):
    import pdfplumber

    with pdfplumber.open(folder / "cells.pdf") as pdf:
        (table,) = pdf.pages[0].extract_tables()
    assert table[1][2] == "\n".join(FIGURES)


def test_the_lines_of_a_cell_of_figures_are_never_one_number(pdf_row):
    assert pdf_row[2].text == "\n".join(FIGURES)
    assert "6,5-8,53505000,1" not in pdf_row[2].text


def test_the_lines_of_a_pdf_cell_are_joined_as_the_docx_keeps_them(folder, pdf_row):
    docx_row = the_table(parse_file(_docx_table(folder / "cells.docx"))).rows[0]
    assert [c.text for c in pdf_row] == [c.text for c in docx_row]


def test_wrapped_cell_lines_join_with_a_space_and_a_hyphenated_word_is_whole(pdf_row):
    assert pdf_row[3].text == (
        "Производственный мониторинг сточных вод выполняется аккредитованной лабораторией по договору"
    )


def test_a_token_wider_than_its_column_is_whole_again(pdf_row):
    assert pdf_row[4].text == COORDINATES
