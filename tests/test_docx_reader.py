"""DOCX reader on documents built with python-docx: what Word shows, not what the XML holds.

Word computes list numbers from numbering.xml and draws merged cells once; the reader must
do the same. Headers and footers are not body text; bookmarks, deletions and content
controls are XML details that must not change the text.
"""

from __future__ import annotations

import builders
import pytest

from extractor.model import BlockKind, Cell, Document, Table
from extractor.reading import parse_file


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("docx")


@pytest.fixture(scope="module")
def lists(folder) -> Document:
    return parse_file(builders.docx_lists(folder))


@pytest.fixture(scope="module")
def tables(folder) -> Document:
    return parse_file(builders.docx_tables(folder))


@pytest.fixture(scope="module")
def furniture(folder) -> Document:
    return parse_file(builders.docx_furniture(folder))


@pytest.fixture(scope="module")
def adjacent(folder) -> Document:
    return parse_file(builders.docx_adjacent_tables(folder))


@pytest.fixture(scope="module")
def headings(folder) -> Document:
    return parse_file(builders.docx_headings(folder))


def items(doc: Document, first: str, count: int) -> list[tuple[str | None, int | None, str]]:
    """(number, level, text) of `count` list items from the one whose text is `first`."""
    found = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    start = next(i for i, b in enumerate(found) if b.text == first)
    return [(b.number, b.level, b.text) for b in found[start : start + count]]


def block(doc: Document, text: str):
    matches = [b for b in doc.blocks if b.text == text]
    assert len(matches) == 1, f"expected one block {text!r}, found {[b.text for b in doc.blocks]}"
    return matches[0]


def all_text(doc: Document) -> list[str]:
    """Every body text: block texts, captions and cell texts."""
    out = []
    for b in doc.blocks:
        out.append(b.text)
        if b.table is not None:
            out.append(b.table.caption or "")
            out.extend(c.text for row in b.table.header_rows + b.table.rows for c in row if c is not None)
    return out


def only_table(doc: Document, caption_start: str) -> Table:
    found = [t for t in doc.tables() if (t.caption or "").startswith(caption_start)]
    assert len(found) == 1, [t.caption for t in doc.tables()]
    return found[0]


# ------------------------------------------------------------------ numbered lists


def test_auto_numbers_nest_and_continue_across_plain_paragraphs(lists):
    assert items(lists, "Контроль выбросов в атмосферу", 6) == [
        ("1.", 0, "Контроль выбросов в атмосферу"),
        ("a)", 1, "инструментальные замеры на организованных источниках"),
        ("b)", 1, "расчётный метод для неорганизованных источников"),
        ("2.", 0, "Контроль сбросов сточных вод"),
        # a plain paragraph between items does not restart the list
        ("3.", 0, "Контроль обращения с отходами"),
        # a new level-0 item restarts the letters under it
        ("a)", 1, "учёт образования отходов"),
    ]


def test_plain_paragraph_between_list_items_stays_a_paragraph(lists):
    assert block(lists, "Отбор проб выполняет аккредитованная лаборатория.").kind == BlockKind.PARAGRAPH


def test_second_num_with_start_override_restarts_at_one(lists):
    assert items(lists, "Квартальный отчёт", 2) == [
        ("1.", 0, "Квартальный отчёт"),
        ("2.", 0, "Годовой отчёт"),
    ]


def test_russian_letter_numbering(lists):
    assert items(lists, "Отбор проб почвы", 3) == [
        ("1.", 0, "Отбор проб почвы"),
        ("а)", 1, "на границе санитарно-защитной зоны"),
        ("б)", 1, "на территории промышленной площадки"),
    ]
    assert items(lists, "Отбор проб почвы", 2)[1][0] == "\u0430)"  # Cyrillic а, not Latin a


def test_numbering_inherited_from_list_number_style(lists):
    assert items(lists, "Назначить ответственного за контроль", 2) == [
        ("1.", 0, "Назначить ответственного за контроль"),
        ("2.", 0, "Вести журнал учёта"),
    ]
    assert block(lists, "Вести журнал учёта").style == "List Number"


def test_bullets_are_list_items_without_number(lists):
    assert items(lists, "разрешение на эмиссии", 2) == [
        (None, 0, "разрешение на эмиссии"),
        (None, 0, "программа производственного контроля"),
    ]


def test_label_drops_the_number_punctuation(lists):
    assert block(lists, "на границе санитарно-защитной зоны").label == "а"
    assert block(lists, "Контроль сбросов сточных вод").label == "2"


# ------------------------------------------------------------------ headings


def test_heading_styles_give_levels_and_split_off_typed_numbers(headings):
    h1 = block(headings, "Общие положения")
    assert (h1.kind, h1.level, h1.number) == (BlockKind.HEADING, 1, "1.")
    h2 = block(headings, "Цели контроля")
    assert (h2.kind, h2.level, h2.number) == (BlockKind.HEADING, 2, None)


def test_numbered_section_title_in_a_normal_paragraph_is_a_heading(headings):
    h = block(headings, "Воздействие на атмосферный воздух")
    assert (h.kind, h.level, h.number) == (BlockKind.HEADING, 3, "2.4.1")


@pytest.mark.parametrize(
    ("label", "title"),
    [("Статья 5.", "Права и обязанности оператора"), ("Điều 3.", "Nguyên tắc bảo vệ môi trường")],
)
def test_articles_are_headings(headings, label, title):
    found = [b for b in headings.blocks if title in b.text]
    assert len(found) == 1
    assert (found[0].kind, found[0].level, found[0].number) == (BlockKind.HEADING, 3, label)


def test_a_reference_to_an_article_is_not_a_heading(headings):
    b = block(headings, "Согласно статье 5 Кодекса оператор представляет отчёт.")
    assert b.kind == BlockKind.PARAGRAPH


def test_headings_numbered_by_word_carry_multilevel_numbers(headings):
    numbered = [(b.number, b.level, b.text) for b in headings.blocks if b.style in ("heading 1", "heading 2")]
    assert numbered[-5:] == [
        ("1.", 1, "Общие требования"),
        ("1.1.", 2, "Атмосферный воздух"),
        ("1.2.", 2, "Водные ресурсы"),
        ("2.", 1, "Отчётность"),
        ("2.1.", 2, "Сроки"),
    ]


# ------------------------------------------------------------------ tables


def test_merged_header_cells_are_given_once_with_their_spans(tables):
    t = only_table(tables, "Таблица 1.")
    assert t.header_rows[0] == (
        Cell("№ п/п", row_span=2),
        Cell("Источники выброса", col_span=2),
        None,
        Cell("Загрязняющее вещество", row_span=2),
    )
    assert t.header_rows[1] == (None, Cell("наименование"), Cell("номер"), None)


def test_two_row_header_joins_column_names(tables):
    assert only_table(tables, "Таблица 1.").header == (
        "№ п/п",
        "Источники выброса наименование",
        "Источники выброса номер",
        "Загрязняющее вещество",
    )


def test_column_number_row_belongs_to_the_header(tables):
    t = only_table(tables, "Таблица 1.")
    assert [c.text for c in t.header_rows[2]] == ["1", "2", "3", "4"]
    assert [row[0].text if row[0] else None for row in t.rows] == ["1", "2", None]


def test_vertical_merge_in_the_body(tables):
    t = only_table(tables, "Таблица 1.")
    assert t.n_cols == 4
    assert t.rows[1] == (
        Cell("2", row_span=2),
        Cell("Дизель-генератор", row_span=2),
        Cell("0002", row_span=2),
        Cell("Углерода оксид"),
    )
    assert t.rows[2] == (None, None, None, Cell("Серы диоксид"))
    assert t.text_rows()[2] == ["", "", "", "Серы диоксид"]


def test_block_merged_over_two_rows_and_two_columns(tables):
    t = next(t for t in tables.tables() if t.header and t.header[0] == "Группа источников")
    assert t.rows == (
        (Cell("Котельная и склад угля", row_span=2, col_span=2), None, Cell("0,5 г/с")),
        (None, None, Cell("12,4 т/год")),
    )


def test_caption_paragraph_moves_onto_its_table(tables):
    t = only_table(tables, "Таблица 1.")
    assert t.caption == "Таблица 1. Источники выбросов загрязняющих веществ"
    assert not [b for b in tables.blocks if b.kind != BlockKind.TABLE and b.text.startswith("Таблица 1.")]


def test_nested_table_text_stays_inside_the_outer_cell(tables):
    assert len(tables.tables()) == 3
    outer = next(t for t in tables.tables() if t.header == ("Показатель", "Методика"))
    assert outer.n_cols == 2
    assert outer.text_rows() == [
        ["Взвешенные вещества", "Гравиметрический метод\nПНД Ф 14.1:2.110 | диапазон 3–10000 мг/дм3"]
    ]
    assert sum("ПНД Ф 14.1:2.110" in text for text in all_text(tables)) == 1


def test_tables_and_paragraphs_keep_document_order(tables):
    assert [b.kind for b in tables.blocks] == [
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]


def test_adjacent_tables_are_one_table(adjacent):
    t = only_table(adjacent, "Таблица 2.")
    assert t.header == ("Вид отходов", "Код", "Лимит, т/год")
    assert t.text_rows() == [
        ["Огарки сварочных электродов", "12 01 13", "0,15"],
        ["Промасленная ветошь", "15 02 02*", "0,32"],
        ["Отработанные шины", "16 01 03", "1,2"],
        ["Твёрдые бытовые отходы", "20 03 01", "4,5"],
    ]
    assert len(adjacent.tables()) == 2


def test_adjacent_table_repeating_the_header_row_loses_the_repeat(adjacent):
    t = only_table(adjacent, "Таблица 3.")
    assert t.header == ("Параметр", "Периодичность")
    assert t.text_rows() == [["pH", "1 раз в месяц"], ["Нефтепродукты", "1 раз в квартал"]]


# ------------------------------------------------------------------ headers, footers and XML details


@pytest.mark.parametrize("text", [builders.HEADER_TEXT, builders.HEADER_TABLE_TEXT, builders.FOOTER_TEXT])
def test_header_and_footer_text_is_boilerplate_not_body(furniture, text):
    assert text in [b.text for b in furniture.boilerplate]
    assert not [t for t in all_text(furniture) if text in t]


def test_bookmark_leaves_no_trace_in_the_text(furniture):
    assert block(furniture, "Абзац с закладкой в середине текста.").kind == BlockKind.PARAGRAPH
    assert not [t for t in all_text(furniture) if "bookmark" in t.lower() or "_GoBack" in t]


def test_tracked_deletion_is_dropped_and_insertion_kept(furniture):
    block(furniture, f"Срок представления отчёта {builders.INSERTED_TEXT} до 1 апреля.")
    assert not [t for t in all_text(furniture) if builders.DELETED_TEXT in t]


def test_content_control_paragraph_is_read_in_place(furniture):
    texts = [b.text for b in furniture.blocks]
    k = texts.index(builders.SDT_TEXT)
    assert texts[k + 1] == "Последний абзац."


def test_non_breaking_hyphen_is_a_hyphen_and_optional_hyphen_vanishes(furniture):
    block(furniture, "Граница санитарно-защитной зоны; производственный контроль.")


def test_core_properties_give_title_and_author(furniture):
    assert furniture.metadata.title == builders.DOCX_TITLE
    assert furniture.format == "docx" and furniture.pages is None
