"""Work-plan extractor: the development plan in three formats, and plans in Vietnamese, Kazakh
and Russian written for these tests as DOCX files (python-docx)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import builders
import pytest
from docx import Document as new_docx

from extractor import contract as c
from extractor.classify import classify
from extractor.context import Context
from extractor.extraction import extract_document
from extractor.extractors.work_plan import due_date, plan_year
from extractor.reading import parse_file

PLAN = "kz-tailings-workgroup-plan"
MONTHS = ["июнь", "июль", "июль", "июль", "август", "сентябрь", "4 квартал 2022 года"]


def docx_plan(directory: Path, name: str, title: str, header: list[str], rows: list[list[str]]) -> Path:
    return builders.docx_plan(directory, name, [title], header, rows)


def merge_down(path: Path, col: int, first: int, last: int) -> None:
    """Merge a column's cells over body rows `first`..`last` (1-based, as in the table)."""
    doc = new_docx(path)
    table = doc.tables[0]
    text = table.cell(first, col).text
    merged = table.cell(first, col).merge(table.cell(last, col))
    merged.text = text
    doc.save(path)


# ------------------------------------------------------------------ the development plan


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_development_plan(devset: Path, fmt: str) -> None:
    found = extract_document(parse_file(devset / f"{PLAN}.{fmt}"))
    assert found.document.kind == "work_plan"
    tasks = found.obligations
    assert [o.number for o in tasks] == [str(i) for i in range(1, 8)]
    assert [o.deadline for o in tasks] == MONTHS
    for o in tasks:
        assert (o.kind, o.modality, o.frequency, o.rrule) == ("task", "must", "once", None)
        assert o.actor is not None and o.actor.startswith("МЧС, МЭГПР")
        assert o.text and o.language == "ru"
        assert o.provenance.table == 0 and o.provenance.row is not None
    assert tasks[1].actor == "МЧС, МЭГПР При поддержке Секретариата Конвенции"
    assert tasks[-1].text.startswith("Проведение второго заседания")


def test_development_plan_rows_keep_their_pages(devset: Path) -> None:
    """The PDF's table runs over two pages; the parser joins it, each row keeps its page."""
    found = extract_document(parse_file(devset / f"{PLAN}.pdf"))
    pages = [o.provenance.page for o in found.obligations]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == 2


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_development_plan_due_dates(devset: Path, fmt: str) -> None:
    doc = parse_file(devset / f"{PLAN}.{fmt}")
    year = plan_year(Context(doc, classify(doc)), 0)
    assert year == 2022
    dates = [due_date(m, year) for m in MONTHS]
    assert dates[0] == date(2022, 6, 30)
    assert dates[4] == date(2022, 8, 31)
    assert dates[-1] == date(2022, 12, 31)


# ------------------------------------------------------------------ plans written for the tests


def test_vietnamese_plan(tmp_path: Path) -> None:
    path = docx_plan(
        tmp_path,
        "ke-hoach.docx",
        "KẾ HOẠCH CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024",
        ["STT", "Nội dung công việc", "Thời hạn", "Đơn vị chủ trì"],
        [
            ["I. Nhiệm vụ thường xuyên"],
            ["1", "Rà soát danh mục nguồn thải lớn trên địa bàn", "Quý II", "Sở Tài nguyên và Môi trường"],
            ["2", "Tập huấn cho cán bộ quan trắc cấp huyện", "Tháng 9", "Chi cục Bảo vệ môi trường"],
            ["II. Nhiệm vụ tổng kết"],
            ["3", "Báo cáo kết quả thực hiện kế hoạch", "Trước ngày 15/12/2024", "Văn phòng Sở"],
        ],
    )
    doc = parse_file(path)
    found = extract_document(doc)
    assert found.document.kind == "work_plan"
    assert [o.number for o in found.obligations] == ["1", "2", "3"]
    assert [o.deadline for o in found.obligations] == ["Quý II", "Tháng 9", "Trước ngày 15/12/2024"]
    assert [o.actor for o in found.obligations] == [
        "Sở Tài nguyên và Môi trường",
        "Chi cục Bảo vệ môi trường",
        "Văn phòng Sở",
    ]
    assert all(o.language == "vi" and o.kind == "task" for o in found.obligations)
    year = plan_year(Context(doc, classify(doc)), 0)
    assert year == 2024
    assert [due_date(o.deadline, year) for o in found.obligations] == [
        date(2024, 6, 30),
        date(2024, 9, 30),
        date(2024, 12, 15),
    ]


def test_kazakh_plan_with_merged_responsible_cells(tmp_path: Path) -> None:
    path = docx_plan(
        tmp_path,
        "zhospar.docx",
        "Экология бөлімінің 2023 жылға арналған жұмыс жоспары",
        ["№", "Іс-шаралардың атауы", "Орындау мерзімі", "Жауапты орындаушылар"],
        [
            ["1.", "Шығарындылар көздерін түгендеу", "маусым", "Экология бөлімі"],
            ["2.", "Зертхана қызметкерлерін оқыту", "IV тоқсан", "Кадр қызметі"],
            ["3.", "Жылдық есепті дайындау", "жыл бойы", ""],
        ],
    )
    merge_down(path, col=3, first=2, last=3)
    doc = parse_file(path)
    found = extract_document(doc)
    assert found.document.kind == "work_plan"
    assert [o.number for o in found.obligations] == ["1", "2", "3"]
    assert [o.actor for o in found.obligations] == ["Экология бөлімі", "Кадр қызметі", "Кадр қызметі"]
    assert all(o.language == "kk" for o in found.obligations)
    year = plan_year(Context(doc, classify(doc)), 0)
    assert [due_date(o.deadline, year) for o in found.obligations] == [
        date(2023, 6, 30),
        date(2023, 12, 31),
        date(2023, 12, 31),
    ]


def test_russian_plan_without_number_column(tmp_path: Path) -> None:
    path = docx_plan(
        tmp_path,
        "plan.docx",
        "План мероприятий по охране атмосферного воздуха на 2025 год",
        ["Мероприятие", "Срок", "Исполнители"],
        [
            ["Инвентаризация источников выбросов", "I полугодие", "Отдел экологии"],
            ["Замеры на границе санитарно-защитной зоны", "ежеквартально", "Лаборатория"],
        ],
    )
    found = extract_document(parse_file(path))
    assert found.document.kind == "work_plan"
    first, second = found.obligations
    assert first.number is None and second.number is None
    assert (first.actor, first.deadline, first.frequency) == ("Отдел экологии", "I полугодие", "once")
    assert (second.frequency, second.rrule) == ("quarterly", "FREQ=MONTHLY;INTERVAL=3")
    assert due_date(first.deadline, 2025) == date(2025, 6, 30)


def test_tables_that_are_no_task_tables_give_nothing(tmp_path: Path) -> None:
    path = docx_plan(
        tmp_path,
        "plan.docx",
        "План работ на 2025 год",
        ["Показатель", "Значение"],
        [["Площадь, га", "12"]],
    )
    found = extract_document(parse_file(path))
    assert found.obligations == ()


# ------------------------------------------------------------------ due dates


@pytest.mark.parametrize(
    ("deadline", "year", "expected"),
    [
        ("июнь", 2022, date(2022, 6, 30)),
        ("4 квартал 2022 года", None, date(2022, 12, 31)),
        ("IV квартал", 2023, date(2023, 12, 31)),
        ("до 25 декабря", 2022, date(2022, 12, 25)),
        ("декабрь 2021 года", 2022, date(2021, 12, 31)),
        ("30.06.2024", None, date(2024, 6, 30)),
        ("II полугодие", 2022, date(2022, 12, 31)),
        ("в течение года", 2022, date(2022, 12, 31)),
        ("в течение 2023 года", None, date(2023, 12, 31)),
        ("2023 год", None, date(2023, 12, 31)),
        ("маусым", 2023, date(2023, 6, 30)),
        ("2023 жылғы III тоқсан", None, date(2023, 9, 30)),
        ("жыл бойы", 2023, date(2023, 12, 31)),
        ("Tháng 6/2023", None, date(2023, 6, 30)),
        ("Quý II", 2024, date(2024, 6, 30)),
        ("6 tháng đầu năm", 2024, date(2024, 6, 30)),
        ("Trong năm 2024", None, date(2024, 12, 31)),
        ("июнь", None, None),
        ("постоянно", 2022, None),
        ("в течение 10 дней", 2022, None),
        ("", 2022, None),
        ("-", 2022, None),
        (None, 2022, None),
    ],
)
def test_due_date(deadline: str | None, year: int | None, expected: date | None) -> None:
    assert due_date(deadline, year) == expected


def test_obligation_kinds_are_contract_values() -> None:
    assert "task" in c.OBLIGATION_KINDS and "once" in c.FREQUENCIES
