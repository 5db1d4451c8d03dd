"""PDF reader on documents drawn with reportlab: what a reader of the printed page sees.

A table that runs over pages is one table; its repeated header and column-number rows are not
data, and a row the page break cut in two is one row. Running headers and footers are not body
text, though the registration number and date in them are metadata. Words hyphenated at line
ends are whole again; headings, list items and captions are recognised from the page.
"""

from __future__ import annotations

import re

import builders
import pytest

from extractor.model import Block, BlockKind, Cell, Document, Table
from extractor.reading import parse_file

pytestmark = pytest.mark.skipif(
    not builders.have_fonts(),
    reason=f"DejaVu fonts (for Cyrillic) not found in {builders.FONT_DIR}; install fonts-dejavu-core",
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def built(folder) -> builders.ProgrammePdf:
    return builders.pdf_programme(folder)


@pytest.fixture(scope="module")
def doc(built) -> Document:
    return parse_file(built.path)


@pytest.fixture(scope="module")
def table(doc) -> Table:
    tables = doc.tables()
    assert len(tables) == 1, f"expected one table, found {len(tables)}: {[t.caption for t in tables]}"
    return tables[0]


def body_texts(doc: Document) -> list[str]:
    """Every body text: block texts, captions and cell texts."""
    out = []
    for b in doc.blocks:
        out.append(b.text)
        if b.table is not None:
            out.append(b.table.caption or "")
            out.extend(c.text for row in b.table.header_rows + b.table.rows for c in row if c is not None)
    return out


def text_blocks(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind != BlockKind.TABLE]


def the_block(doc: Document, fragment: str) -> Block:
    found = [b for b in text_blocks(doc) if fragment in b.text]
    assert len(found) == 1, f"expected one block with {fragment!r}: {[b.text for b in text_blocks(doc)]}"
    return found[0]


# ------------------------------------------------------------------ the long table


def test_fixture_table_runs_over_three_pages(built):
    first, last = built.table_pages
    assert first == 1 and last >= 3


def test_table_over_pages_is_one_table_block(doc):
    assert [b.kind for b in doc.blocks].count(BlockKind.TABLE) == 1


def test_table_rows_are_the_data_rows_in_order(built, table):
    assert table.n_cols == 4
    assert len(table.rows) == builders.PDF_ROWS
    assert [row[0].text for row in table.rows] == [str(i) for i in range(1, builders.PDF_ROWS + 1)]


def test_repeated_header_and_column_number_rows_are_dropped(table):
    for row in table.rows:
        texts = [c.text for c in row if c is not None]
        assert "наименование" not in texts and "Источник выброса" not in texts
        assert texts != ["1", "2", "3", "4"]


def test_row_cut_by_the_page_break_is_joined_back(built, table):
    k = built.split_row
    assert table.text_rows()[k - 1] == [str(k), builders.SPLIT_TEXT, f"{k:04d}", "1 раз в квартал"]
    assert table.text_rows()[k] == [
        str(k + 1),
        f"Дымовая труба котельной № {k + 1}",
        f"{k + 1:04d}",
        "1 раз в квартал",
    ]


def test_every_cell_text_is_whole(built, table):
    assert [tuple(r) for r in table.text_rows()] == list(built.rows)


def test_header_rows_keep_spans_and_column_numbers(table):
    assert table.header_rows[0] == (
        Cell("№", row_span=2),
        Cell("Источник выброса", col_span=2),
        None,
        Cell("Периодичность", row_span=2),
    )
    assert table.header_rows[1] == (None, Cell("наименование"), Cell("номер"), None)
    assert [c.text for c in table.header_rows[2]] == ["1", "2", "3", "4"]
    assert table.header == ("№", "Источник выброса наименование", "Источник выброса номер", "Периодичность")


def test_table_pages(built, table):
    assert (table.page_start, table.page_end) == built.table_pages
    assert len(table.row_pages) == builders.PDF_ROWS
    assert table.row_pages[0] == 1
    assert table.row_pages[built.split_row - 1] == 1  # the cut row starts on page 1
    assert table.row_pages[built.split_row] == 2
    assert table.row_pages[-1] == built.table_pages[1]


def test_caption_is_attached_to_the_table(doc, table):
    assert table.caption == builders.PDF_CAPTION
    assert not [b for b in text_blocks(doc) if b.text.startswith("Таблица 4")]


def test_text_after_the_table_is_paragraphs(doc):
    paragraphs = [b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]
    assert paragraphs[-3:] == list(builders.PDF_NOTES)


# ------------------------------------------------------------------ running header and footer


@pytest.mark.parametrize("text", [builders.STAMP_LINE, *builders.FOOTER_LINES])
def test_running_header_and_footer_are_boilerplate_not_body_text(doc, text):
    opening = " ".join(text.split()[:2])  # nor any part of them glued to body text
    assert not [t for t in body_texts(doc) if opening in t]
    assert [b for b in doc.boilerplate if text in b.text]


def test_page_numbers_are_not_body_text(doc):
    assert not [t for t in body_texts(doc) if re.search(r"-\s*\d+\s*-\s*$", t)]


def test_stamp_number_and_date_are_metadata(doc):
    assert (doc.metadata.number, doc.metadata.date) == ("KZ00TEST0000001", "2023-02-01")


def test_document_properties(built, doc):
    assert doc.format == "pdf"
    assert doc.pages == built.pages
    assert doc.metadata.title == "Программа ПЭК"
    assert doc.language == "ru"


# ------------------------------------------------------------------ text


def test_word_hyphenated_at_line_end_is_joined_and_compound_keeps_its_hyphen(doc):
    b = the_block(doc, "Настоящая программа")
    assert b.kind == BlockKind.PARAGRAPH
    assert b.text == (
        "Настоящая программа определяет порядок производственного экологического контроля "
        "на участке, где залегает глинисто-щебенистая порода мощностью до 12 м."
    )


def test_bold_larger_title_is_a_top_level_heading(doc):
    first = doc.blocks[0]
    assert (first.kind, first.level, first.text) == (BlockKind.HEADING, 1, builders.PDF_TITLE)


def test_bold_numbered_section_is_a_lower_heading(doc):
    b = the_block(doc, "Общие положения")
    assert (b.kind, b.level, b.number, b.text) == (BlockKind.HEADING, 2, "1.", "Общие положения")


def test_numbered_list_with_nested_list(doc):
    found = [(b.number, b.level, b.text) for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert found == [
        ("1.", 0, builders.PDF_LIST[0][1]),
        ("2.", 0, builders.PDF_LIST[1][1]),
        ("1)", 1, builders.PDF_LIST[2][1]),
        ("2)", 1, builders.PDF_LIST[3][1]),
        ("3.", 0, builders.PDF_LIST[4][1]),
    ]


def test_blocks_carry_their_page(doc):
    assert {b.page for b in doc.blocks[:8]} == {1}
    assert doc.blocks[-1].page == doc.pages


# ------------------------------------------------------------------ page furniture outweighing the body


@pytest.fixture(scope="module")
def table_heavy(folder) -> Document:
    """The same programme without text after the table: the 8 pt running header and footer on
    every page hold more characters than the 10 pt body text."""
    return parse_file(builders.pdf_programme(folder, notes=False, name="table-heavy.pdf").path)


def test_body_text_of_a_table_heavy_pdf_is_not_taken_for_headings(table_heavy):
    assert the_block(table_heavy, "Настоящая программа").kind == BlockKind.PARAGRAPH
    kinds = [(b.kind, b.number) for b in table_heavy.blocks if b.text in dict(builders.PDF_LIST).values()]
    assert kinds == [(BlockKind.LIST_ITEM, n) for n, _ in builders.PDF_LIST]


# ------------------------------------------------------------------ a row cut by reportlab


@pytest.fixture(scope="module")
def split_built(folder) -> builders.ProgrammePdf:
    return builders.pdf_split_row(folder)


@pytest.fixture(scope="module")
def split_doc(split_built) -> Document:
    return parse_file(split_built.path)


def test_fixture_row_is_cut_by_the_page_break(split_built):
    assert split_built.table_pages == (1, 2)


def test_row_split_inside_its_cells_is_one_row_of_one_table(split_built, split_doc):
    """reportlab draws no rule where it cuts a row: the cells stay open at the foot of page 1
    and at the head of page 2, closed only by the column rules."""
    tables = split_doc.tables()
    assert len(tables) == 1
    assert [tuple(r) for r in tables[0].text_rows()] == list(split_built.rows)


def test_row_split_inside_its_cells_leaves_no_text_outside_the_table(split_doc):
    assert not [b.text for b in text_blocks(split_doc) if "пересыпке" in b.text or "периода" in b.text]
    assert [b.text for b in text_blocks(split_doc)] == [
        "Приложение к программе производственного экологического контроля.",
        "Перечень источников уточняется при инвентаризации выбросов.",
    ]
