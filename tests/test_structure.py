"""The pure stages shared by every reader: list and section markers, article headings, and the
table stages (header rows, fragments joined across page breaks, rows cut in two)."""

from __future__ import annotations

import pytest

from extractor.model import Cell, Table
from extractor.parsers.structure import Marker, split_marker, structural_heading
from extractor.parsers.tables import count_header_rows, is_split_row, merge_tables, with_header


def row(*texts: str | None) -> tuple[Cell | None, ...]:
    return tuple(None if t is None else Cell(t) for t in texts)


HEADER = row("№", "Наименование вещества", "Норматив, г/с")
NUMBERS = row("1", "2", "3")


# ------------------------------------------------------------------ split_marker


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("1. Контроль выбросов", Marker("dot", "1.", "Контроль выбросов")),
        ("12) учёт отходов;", Marker("paren", "12)", "учёт отходов;")),
        ("(3) nước thải", Marker("paren", "(3)", "nước thải")),
        ("а) на границе СЗЗ", Marker("letter", "а)", "на границе СЗЗ")),
        ("b) at the boundary", Marker("letter", "b)", "at the boundary")),
        (
            "2.4.1 Воздействие на атмосферный воздух",
            Marker("multi", "2.4.1", "Воздействие на атмосферный воздух"),
        ),
        ("5.1. Общие требования", Marker("multi", "5.1", "Общие требования")),
        ("IV. ТРЕБОВАНИЯ", Marker("roman", "IV.", "ТРЕБОВАНИЯ")),
        ("• журнал учёта", Marker("bullet", None, "журнал учёта")),
        ("– паспорт отходов", Marker("bullet", None, "паспорт отходов")),
        ("- 1) разрешение на эмиссии", Marker("paren", "1)", "разрешение на эмиссии")),
        ("13. . В соответствии с пунктом", Marker("dot", "13.", "В соответствии с пунктом")),
    ],
)
def test_split_marker(text, marker):
    assert split_marker(text) == marker


@pytest.mark.parametrize(
    "text",
    [
        "Оператор обязан вести журнал.",
        "2023 год",
        "ст. 5 Кодекса",
        "•",
        "",
    ],
)
def test_no_marker(text):
    assert split_marker(text) is None


# ------------------------------------------------------------------ structural_heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Статья 5. Права и обязанности оператора", (3, "Статья 5.", "Права и обязанности оператора")),
        ("Статья 12-1. Экологическое разрешение", (3, "Статья 12-1.", "Экологическое разрешение")),
        ("Глава 2. Общие положения", (1, "Глава 2.", "Общие положения")),
        ("РАЗДЕЛ IV", (1, "РАЗДЕЛ IV", "")),
        ("Приложение 3", (1, "Приложение 3", "")),
        ("§ 2. Мониторинг", (2, "§ 2.", "Мониторинг")),
        ("12-бап. Мақсаты", (3, "12-бап.", "Мақсаты")),
        ("3-тарау. Жалпы ережелер", (1, "3-тарау.", "Жалпы ережелер")),
        ("Điều 3. Nguyên tắc bảo vệ môi trường", (3, "Điều 3.", "Nguyên tắc bảo vệ môi trường")),
        ("Chương II QUY ĐỊNH CHUNG", (1, "Chương II", "QUY ĐỊNH CHUNG")),
        ("Mục 1. Quan trắc", (2, "Mục 1.", "Quan trắc")),
        ("Article 7. Monitoring", (3, "Article 7.", "Monitoring")),
    ],
)
def test_structural_heading(text, expected):
    assert structural_heading(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Статья 5 Кодекса устанавливает порядок.",  # a reference: no full stop after the number
        "в соответствии со статьей 5.",
        "Приложение 3 к настоящей программе содержит перечень источников.",
        "Điều kiện vận hành.",
        "Статья 5. " + "очень длинный текст " * 25,
    ],
)
def test_no_structural_heading(text):
    assert structural_heading(text) is None


# ------------------------------------------------------------------ count_header_rows / with_header


def test_header_up_to_the_column_number_row():
    rows = (
        (Cell("№", row_span=2), Cell("Источник", col_span=2), None),
        (None, Cell("наименование"), Cell("номер")),
        NUMBERS,
        row("1", "Котельная", "0001"),
    )
    assert count_header_rows(rows) == 3


def test_text_first_row_is_a_header_extended_over_its_vertical_merges():
    rows = (
        (Cell("№", row_span=2), Cell("Вещество", row_span=2), Cell("Выброс", col_span=2), None),
        (None, None, Cell("г/с"), Cell("т/год")),
        row("1", "Азота диоксид", "0,1", "3,2"),
    )
    assert count_header_rows(rows) == 2


def test_one_text_header_row():
    assert count_header_rows((HEADER, row("1", "Азота диоксид", "0,1"))) == 1


@pytest.mark.parametrize(
    "rows",
    [
        (row("1", "Азота диоксид", "0,1"), row("2", "Серы диоксид", "0,2")),  # numbered data
        (row("0,1", "0,2", "0,3"), row("0,4", "0,5", "0,6")),  # numbers
        (HEADER,),  # a header alone has no body to name
        (),
    ],
    ids=["numbered-data", "numbers", "header-only", "empty"],
)
def test_no_header_rows(rows):
    assert count_header_rows(rows) == 0


def test_column_number_row_counts_from_zero_or_one_only():
    assert count_header_rows((HEADER, row("2", "3", "4"), row("1", "Азот", "0,1"))) == 1


def test_with_header_moves_rows_and_their_pages():
    t = Table(
        n_cols=3,
        rows=(HEADER, NUMBERS, row("1", "Азот", "0,1"), row("2", "Сера", "0,2")),
        row_pages=(1, 1, 1, 2),
    )
    out = with_header(t)
    assert out.header_rows == (HEADER, NUMBERS)
    assert out.rows == (row("1", "Азот", "0,1"), row("2", "Сера", "0,2"))
    assert out.row_pages == (1, 2)
    assert out.header == ("№", "Наименование вещества", "Норматив, г/с")
    assert t.header_rows == () and len(t.rows) == 4  # the input is unchanged


def test_with_header_keeps_a_table_that_already_has_one():
    t = Table(n_cols=3, rows=(HEADER, row("1", "Азот", "0,1")), header_rows=(HEADER,))
    assert with_header(t) is t


def test_with_header_keeps_a_table_without_one():
    t = Table(n_cols=3, rows=(row("1", "Азот", "0,1"), row("2", "Сера", "0,2")))
    assert with_header(t) is t


# ------------------------------------------------------------------ is_split_row


def test_lower_case_continuation_without_number_is_a_split_row():
    rows = [HEADER, row("1", "Пыль неорганическая, содержащая", "0,1")]
    assert is_split_row(rows, row("", "двуокись кремния 70-20 %", ""))


def test_continuation_after_a_hyphen_or_comma_is_a_split_row():
    rows = [HEADER, row("7", "Взвешенные частицы РМ-", "0,1")]
    assert is_split_row(rows, row("", "10", ""))


def test_row_with_its_own_number_is_not_a_split_row():
    rows = [HEADER, row("1", "Пыль неорганическая, содержащая", "0,1")]
    assert not is_split_row(rows, row("2", "двуокись кремния", "0,2"))


def test_row_filling_a_column_empty_above_is_not_a_split_row():
    rows = [HEADER, row("1", "Азота диоксид", "")]
    assert not is_split_row(rows, row("", "оксид", "0,2"))


def test_capitalised_row_under_a_vertical_merge_is_a_new_row():
    """Rows grouped under a merged first cell leave it empty: that is a new row, not a cut one."""
    rows = [
        HEADER,
        (Cell("1", row_span=2), Cell("Котельная"), Cell("0,1")),
        (None, Cell("Склад угля"), Cell("0,2")),
    ]
    assert not is_split_row(rows, row("", "Склад золы", "0,3"))


def test_empty_row_is_not_a_split_row():
    assert not is_split_row([HEADER, row("1", "Азот", "0,1")], row("", "", ""))


# ------------------------------------------------------------------ merge_tables


def page_table(rows, page: int, **kw) -> Table:
    return Table(
        n_cols=3, rows=tuple(rows), page_start=page, page_end=page, row_pages=(page,) * len(rows), **kw
    )


def test_merge_drops_repeated_header_and_column_numbers_and_joins_the_cut_row():
    first = page_table(
        [
            HEADER,
            NUMBERS,
            row("1", "Азота диоксид", "0,1"),
            row("2", "Пыль неорганическая, содержащая", "0,2"),
        ],
        page=3,
        caption="Таблица 4. Нормативы",
    )
    second = page_table(
        [HEADER, NUMBERS, row("", "двуокись кремния 70-20 %", ""), row("3", "Серы диоксид", "0,3")],
        page=4,
    )
    out = merge_tables(first, second)
    assert out.rows == (
        HEADER,
        NUMBERS,
        row("1", "Азота диоксид", "0,1"),
        row("2", "Пыль неорганическая, содержащая двуокись кремния 70-20 %", "0,2"),
        row("3", "Серы диоксид", "0,3"),
    )
    assert out.row_pages == (3, 3, 3, 3, 4)
    assert (out.page_start, out.page_end, out.caption) == (3, 4, "Таблица 4. Нормативы")
    assert len(first.rows) == 4 and len(second.rows) == 4  # inputs unchanged


def test_merge_after_header_split_off():
    first = with_header(page_table([HEADER, NUMBERS, row("1", "Азот", "0,1")], page=1))
    second = page_table([NUMBERS, row("2", "Сера", "0,2")], page=2)
    out = merge_tables(first, second)
    assert out.header_rows == (HEADER, NUMBERS)
    assert out.rows == (row("1", "Азот", "0,1"), row("2", "Сера", "0,2"))
    assert out.row_pages == (1, 2)


def test_merge_drops_a_repeated_header_in_a_table_without_column_numbers():
    first = page_table([HEADER, row("1", "Азот", "0,1")], page=1)
    second = page_table([HEADER, row("2", "Сера", "0,2")], page=2)
    assert merge_tables(first, second).rows == (HEADER, row("1", "Азот", "0,1"), row("2", "Сера", "0,2"))


def test_merge_keeps_a_continuation_row_naming_only_one_header_word():
    first = page_table([HEADER, row("1", "Азот", "0,1")], page=1)
    second = page_table([row("2", "Наименование вещества", "0,2")], page=2)
    assert merge_tables(first, second).rows[-1] == row("2", "Наименование вещества", "0,2")


def test_merge_of_a_header_alone_at_the_foot_of_a_page():
    first = page_table([HEADER], page=1)
    second = page_table([HEADER, row("1", "Азот", "0,1")], page=2)
    out = merge_tables(first, second)
    assert out.rows == (HEADER, row("1", "Азот", "0,1"))
    assert (out.page_start, out.page_end) == (1, 2)


def test_merge_pads_a_narrower_continuation():
    first = page_table([HEADER, row("1", "Азот", "0,1")], page=1)
    second = Table(n_cols=2, rows=(row("2", "Сера"),), page_start=2, page_end=2)
    out = merge_tables(first, second)
    assert out.n_cols == 3
    assert out.rows[-1] == (Cell("2"), Cell("Сера"), Cell(""))


def test_merge_keeps_a_row_with_a_number_of_its_own():
    first = page_table([HEADER, row("1", "Пыль неорганическая, содержащая", "0,1")], page=1)
    second = page_table([row("2", "двуокись кремния", "0,2")], page=2)
    assert [r[0].text for r in merge_tables(first, second).rows] == ["№", "1", "2"]


@pytest.mark.parametrize(
    ("text", "label", "title"),
    [
        ("Статья 1", "Статья 1", ""),
        ("Статья 12 Общие положения", "Статья 12", "Общие положения"),
        ("5-бап Жалпы ережелер", "5-бап", "Жалпы ережелер"),
        ("Điều 1:", "Điều 1:", ""),
    ],
)
def test_article_headings_without_a_full_stop(text, label, title):
    assert structural_heading(text) == (3, label, title)


@pytest.mark.parametrize("text", ["Статья 5 настоящего закона", "5-бабы бойынша", "Điều 3 của Luật này quy định"])
def test_citations_at_the_start_of_a_sentence_are_not_headings(text):
    assert structural_heading(text) is None
