"""Text reader on the dumps this field produces: Word saved as text, PDF text with hard-wrapped
lines, Windows-1251 files.

Tab-separated lines are a table, even where the dump's page breaks put blank lines or form feeds
inside it; wrapped lines re-flow into paragraphs and list items; page numbers vanish and the
e-document stamp goes to boilerplate.
"""

from __future__ import annotations

import builders
import pytest

from extractor.errors import UnsupportedFormat
from extractor.model import Block, Document
from extractor.reading import parse_file

CP1251_TEXT = (
    "Программа производственного экологического контроля № 5.\n"
    "Оператор ведёт журнал учёта выбросов и отходов.\n"
)

TAB_TABLES = """Таблица 1. Нормативы допустимых выбросов
№\tВещество\tг/с\tт/год
1\tАзота диоксид\t0,125\t3,94
2\tСеры диоксид\t0,048\t1,51

3\tУглерода оксид\t0,310\t9,78
4\tПыль неорганическая\t0,022\t0,69
Нормативы действуют до 31.12.2025.
Таблица 2. Лимиты накопления отходов
№\tВид отходов\tЛимит, т/год
1\tОгарки сварочных\t0,15

№\tВид отходов\tЛимит, т/год
\tэлектродов\t
2\tПромасленная ветошь\t0,32
"""

# A PDF text dump: every line followed by a blank line, page numbers on lines of their own.
DOUBLE_SPACED = """Настоящая программа производственного экологического контроля

разработана в соответствии с требованиями Экологического кодекса

Республики Казахстан и определяет порядок проведения контроля.

1. Контроль выбросов загрязняющих веществ в атмосферный воздух

осуществляется инструментальным методом на организованных источниках.

2. Контроль обращения с отходами производства и потребления

ведётся по журналу учёта отходов.

12

Результаты производственного экологического контроля представляются

в уполномоченный орган ежеквартально в электронной форме через

- 13 -

портал электронного правительства не позднее десятого числа месяца,

следующего за отчётным кварталом.
"""

SINGLE_SPACED = """Настоящая программа производственного экологического контроля разработана
в соответствии с требованиями Экологического кодекса Республики Казахстан и
определяет порядок проведения производствен-
ного контроля на объекте.
1. Контроль выбросов загрязняющих веществ в атмосферный воздух осуществляется
инструментальным методом на организованных источниках выбросов.
2. Контроль обращения с отходами включает:
а) учёт образования отходов по видам и количеству в журнале учёта
отходов производства и потребления;
б) контроль передачи отходов специализированным организациям.
3. Контроль почв проводится один раз в год.
"""

STAMPED = """Номер: KZ12VCZ00123456
Дата: 15.03.2022
Заключение об определении сферы охвата оценки воздействия на окружающую среду.
Бұл құжат ҚР 2003 жылдың 7 қаңтарындағы «Электронды құжат және электрондық цифрлық қолтаңба туралы» заңның 7 бабы, 1 тармағына сәйкес қағаз бетіндегі заңмен тең.
Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.
"""

PAGED = (
    "Таблица 3. Лимиты размещения отходов\n"
    "№\tОтход\tт/год\n1\tВетошь\t0,3\n2\tШины\t1,2\n"
    "Результаты контроля заносятся в журнал и представляются в уполномоченный орган\n"
    "\f№\tОтход\tт/год\n3\tЛом чёрных металлов\t5,0\n"
    "Конец раздела.\n"
)

WORD_AS_TEXT = [
    "Оператор объекта I категории обязан разработать программу производственного экологического "
    "контроля, согласовать её с уполномоченным органом в области охраны окружающей среды и "
    "обеспечить её выполнение в течение всего срока действия экологического разрешения.",
    "Производственный мониторинг является элементом производственного экологического контроля и "
    "выполняется для получения объективных данных с установленной периодичностью по каждому "
    "источнику эмиссий, указанному в программе.",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("txt")


def parse_text(folder, name: str, text: str, encoding: str = "utf-8") -> Document:
    return parse_file(builders.write_text(folder, name, text, encoding))


@pytest.fixture(scope="module")
def tab_doc(folder) -> Document:
    return parse_text(folder, "tables.txt", TAB_TABLES)


def caption_table(doc: Document, start: str):
    found = [t for t in doc.tables() if (t.caption or "").startswith(start)]
    assert len(found) == 1, [t.caption for t in doc.tables()]
    return found[0]


def summary(blocks: tuple[Block, ...]) -> list[tuple[str, str | None, int | None, str]]:
    return [(b.kind.value, b.number, b.level, b.text) for b in blocks]


# ------------------------------------------------------------------ encodings


def test_windows_1251_is_decoded(folder):
    data = CP1251_TEXT.encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = parse_text(folder, "cp1251.txt", CP1251_TEXT, "cp1251")
    assert [b.text for b in doc.blocks] == CP1251_TEXT.strip().split("\n")
    assert doc.language == "ru"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_unicode_with_byte_order_mark_is_decoded(folder, encoding):
    doc = parse_text(folder, f"bom-{encoding}.txt", CP1251_TEXT, encoding)
    assert [b.text for b in doc.blocks] == CP1251_TEXT.strip().split("\n")


VI_TEXT = "Giấy phép môi trường\nĐiều 1. Nội dung cấp phép môi trường\nNước thải sau xử lý đạt QCVN 40:2011/BTNMT, cột B.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CP1251_TEXT, VI_TEXT], ids=["ru", "vi"])
def test_unicode_without_byte_order_mark_is_decoded_not_refused_as_binary(folder, encoding, text):
    """Notepad's "Unicode" saved without its BOM: zero bytes, and still text."""
    data = text.encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data
    doc = parse_text(folder, f"nobom-{encoding}.txt", text, encoding)
    assert [b.text for b in doc.blocks] == text.strip().split("\n")


def test_real_binary_is_still_refused(folder):
    path = folder / "blob.txt"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(UnsupportedFormat):
        parse_file(path)


# ------------------------------------------------------------------ tables


def test_tab_separated_lines_are_a_table_with_header_and_caption(tab_doc):
    t = caption_table(tab_doc, "Таблица 1.")
    assert t.caption == "Таблица 1. Нормативы допустимых выбросов"
    assert t.header == ("№", "Вещество", "г/с", "т/год")
    assert t.n_cols == 4


def test_blank_line_inside_a_tab_run_does_not_split_the_table(tab_doc):
    assert len(tab_doc.tables()) == 2
    assert caption_table(tab_doc, "Таблица 1.").text_rows() == [
        ["1", "Азота диоксид", "0,125", "3,94"],
        ["2", "Серы диоксид", "0,048", "1,51"],
        ["3", "Углерода оксид", "0,310", "9,78"],
        ["4", "Пыль неорганическая", "0,022", "0,69"],
    ]


def test_line_after_a_table_is_a_paragraph(tab_doc):
    kinds = summary(tab_doc.blocks)
    assert ("paragraph", None, None, "Нормативы действуют до 31.12.2025.") in kinds
    assert [k[0] for k in kinds] == ["table", "paragraph", "table"]


def test_repeated_header_dropped_and_cut_row_joined_after_a_page_break(tab_doc):
    t = caption_table(tab_doc, "Таблица 2.")
    assert t.header == ("№", "Вид отходов", "Лимит, т/год")
    assert t.text_rows() == [
        ["1", "Огарки сварочных электродов", "0,15"],
        ["2", "Промасленная ветошь", "0,32"],
    ]


def test_tables_with_text_between_them_stay_apart_across_a_form_feed(folder):
    doc = parse_text(folder, "paged.txt", PAGED)
    assert doc.pages == 2
    t = caption_table(doc, "Таблица 3.")
    assert t.text_rows() == [["1", "Ветошь", "0,3"], ["2", "Шины", "1,2"]]
    assert summary(doc.blocks)[1:] == [
        (
            "paragraph",
            None,
            None,
            "Результаты контроля заносятся в журнал и представляются в уполномоченный орган",
        ),
        ("table", None, None, ""),
        ("paragraph", None, None, "Конец раздела."),
    ]
    assert doc.tables()[1].text_rows() == [["3", "Лом чёрных металлов", "5,0"]]


def test_table_rows_across_a_form_feed_are_joined_when_nothing_stands_between(folder):
    text = "№\tОтход\tт/год\n1\tВетошь\t0,3\n2\tШины\t1,2\n\f№\tОтход\tт/год\n3\tЛом\t5,0\n"
    doc = parse_text(folder, "paged-table.txt", text)
    (t,) = doc.tables()
    assert t.header == ("№", "Отход", "т/год")
    assert t.text_rows() == [["1", "Ветошь", "0,3"], ["2", "Шины", "1,2"], ["3", "Лом", "5,0"]]
    assert (t.page_start, t.page_end) == (1, 2)


# ------------------------------------------------------------------ re-flowed text


def test_double_spaced_dump_reflows_into_paragraphs_and_list_items(folder):
    doc = parse_text(folder, "double.txt", DOUBLE_SPACED)
    assert summary(doc.blocks) == [
        (
            "paragraph",
            None,
            None,
            "Настоящая программа производственного экологического контроля разработана в соответствии "
            "с требованиями Экологического кодекса Республики Казахстан и определяет порядок проведения контроля.",
        ),
        (
            "list_item",
            "1.",
            0,
            "Контроль выбросов загрязняющих веществ в атмосферный воздух осуществляется инструментальным "
            "методом на организованных источниках.",
        ),
        (
            "list_item",
            "2.",
            0,
            "Контроль обращения с отходами производства и потребления ведётся по журналу учёта отходов.",
        ),
        (
            "paragraph",
            None,
            None,
            "Результаты производственного экологического контроля представляются в уполномоченный орган "
            "ежеквартально в электронной форме через портал электронного правительства не позднее десятого "
            "числа месяца, следующего за отчётным кварталом.",
        ),
    ]


def test_single_spaced_dump_reflows_with_hyphenation_and_nested_items(folder):
    doc = parse_text(folder, "single.txt", SINGLE_SPACED)
    assert summary(doc.blocks) == [
        (
            "paragraph",
            None,
            None,
            "Настоящая программа производственного экологического контроля разработана в соответствии "
            "с требованиями Экологического кодекса Республики Казахстан и определяет порядок проведения "
            "производственного контроля на объекте.",
        ),
        (
            "list_item",
            "1.",
            0,
            "Контроль выбросов загрязняющих веществ в атмосферный воздух осуществляется инструментальным "
            "методом на организованных источниках выбросов.",
        ),
        ("list_item", "2.", 0, "Контроль обращения с отходами включает:"),
        (
            "list_item",
            "а)",
            1,
            "учёт образования отходов по видам и количеству в журнале учёта отходов производства и потребления;",
        ),
        ("list_item", "б)", 1, "контроль передачи отходов специализированным организациям."),
        ("list_item", "3.", 0, "Контроль почв проводится один раз в год."),
    ]


def test_lines_of_word_saved_as_text_are_paragraphs(folder):
    doc = parse_text(folder, "word.txt", "\n".join(WORD_AS_TEXT) + "\n")
    assert summary(doc.blocks) == [("paragraph", None, None, text) for text in WORD_AS_TEXT]


def test_isolated_page_numbers_are_dropped(folder):
    doc = parse_text(folder, "double.txt", DOUBLE_SPACED)
    texts = [b.text for b in doc.blocks]
    assert not [t for t in texts if t.strip("- ").isdigit() or "- 13 -" in t or " 12 " in t]


# ------------------------------------------------------------------ e-document stamp


def test_stamp_lines_go_to_boilerplate_and_metadata(folder):
    doc = parse_text(folder, "stamped.txt", STAMPED)
    lines = STAMPED.strip().split("\n")
    assert [b.text for b in doc.blocks] == [lines[2]]
    assert [b.text for b in doc.boilerplate] == lines[:2] + lines[3:]
    assert (doc.metadata.number, doc.metadata.date) == ("KZ12VCZ00123456", "2022-03-15")
