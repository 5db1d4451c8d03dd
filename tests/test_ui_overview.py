"""The facility page's overview and the document page's headings, without a browser: what the overview
counts (by kind, by medium), which dates are next and which are overdue, how the obligations table names
its documents, and a heading number drawn once even when the text begins with it ("Điều 1. Điều 1.")."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest
from servers import running_server

from api.ui.data import document_groups, obligation_medium, overview, short_labels
from api.ui.docview import document_view, shown_number

TODAY = dt.date(2026, 12, 4)


# ------------------------------------------------------------------ heading numbers


@pytest.mark.parametrize(
    ("number", "text", "shown"),
    [
        ("Điều 1.", "Điều 1. Phạm vi điều chỉnh", None),  # the Vietnamese article of issue 13
        ("Chương I", "Chương I", None),
        ("ПРИЛОЖЕНИЕ", "ПРИЛОЖЕНИЕ", None),
        ("Điều 1.", "ĐIỀU 1. PHẠM VI ĐIỀU CHỈNH", None),  # the same number in capitals
        ("Điều  1.", "Điều 1.\u00a0Phạm vi", None),  # spaces as the document has them
        ("а)", "а) соблюдать программу", None),
        ("2.1", "2.1 Информация по отходам", None),
        ("1.", "ОБЩИЕ СВЕДЕНИЯ", "1."),  # a number apart from its text
        ("1.", "1.5 т в год вывозится", "1."),  # the text begins with another number
        ("1", "10 источников", "1"),
        ("2.1", "2.1.3 Отходы", "2.1"),
        ("Chương I", "Chương II", "Chương I"),
        (None, "Điều 1. Phạm vi", None),
        (" ", "text", None),
    ],
)
def test_a_heading_number_is_shown_once(number, text, shown):
    assert shown_number(number, text) == shown


def test_document_view_draws_each_number_once_and_no_bullet_for_numbered_items():
    model = {
        "blocks": [
            {"kind": "heading", "text": "Điều 1. Phạm vi điều chỉnh", "number": "Điều 1.", "page": 1},
            {"kind": "list_item", "text": "1) соблюдать программу", "number": "1)", "level": 0},
            {"kind": "list_item", "text": "Công an các đơn vị", "number": "1.", "level": 0},
            {"kind": "list_item", "text": "без номера", "level": 0},
        ]
    }
    heading, numbered_in_text, numbered, bullet = document_view(model).blocks
    assert (heading.number, heading.text) == (None, "Điều 1. Phạm vi điều chỉnh")
    assert (numbered_in_text.number, numbered_in_text.numbered) == (None, True)
    assert (numbered.number, numbered.numbered) == ("1.", True)
    assert (bullet.number, bullet.numbered) == (None, False)


VI_CIRCULAR = """THÔNG TƯ
Quy định kiểm định môi trường về nước thải

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Thông tư này quy định về thu mẫu nước thải.

Điều 2. Đối tượng áp dụng

1. Công an các đơn vị, địa phương.

2. Các cơ quan, tổ chức có liên quan.
"""


def test_the_document_page_writes_a_heading_number_once(tmp_path):
    """The page as served: the parser gives `Điều 1.` and the text `Điều 1. Phạm vi…`; the HTML has it once."""
    with (
        running_server(tmp_path, tmp_path / "store.db") as base,
        httpx.Client(base_url=base, timeout=60) as client,
    ):
        r = client.post("/documents", files={"file": ("thong-tu.txt", VI_CIRCULAR.encode())})
        assert r.status_code == 201, r.text
        page = client.get(f"/ui/documents/{r.json()['document_id']}", params={"lang": "vi"}).text
    view = re.search(r'id="doc-view".*?</section>', page, re.S).group(0)
    text = " ".join(re.sub(r"<[^>]+>", " ", view).split())
    assert text.count("Điều 1.") == 1 and "Điều 1. Phạm vi điều chỉnh" in text
    assert text.count("Chương I") == 1 and text.count("Điều 2.") == 1
    assert "1. Công an" in text and "2. Các cơ quan" in text  # list numbers apart from their text stay
    assert not re.search(r"(Điều \d+\.) \1", text)


# ------------------------------------------------------------------ the overview


def obligation(i: int, kind: str = "requirement", text: str = "", document_id: int = 1, **extra) -> dict:
    return {
        "id": i,
        "kind": kind,
        "text": text or f"обязанность {i}",
        "document_id": document_id,
        "due_dates": [],
        "substances": [],
        "source_numbers": [],
        "checked": False,
        "rrule": None,
        **extra,
    }


@pytest.mark.parametrize(
    ("item", "medium"),
    [
        (obligation(1, "waste", "Промасленная ветошь (15 02 02*): передается по договору"), "waste"),
        (obligation(2, "monitoring", "Атмосферный воздух: т.1 — Азота диоксид; 1 раз/квартал"), "air"),
        (obligation(3, "monitoring", "Почва: Кт.1 — Свинец, Кадмий; 1 раз в год"), "soil"),
        (obligation(4, "requirement", "Điểm thu mẫu nước thải được chọn tại cửa xả"), "waste_water"),
        (
            obligation(5, "monitoring", "Источник 0401: инструментальный замер", source_numbers=["0401"]),
            "air",
        ),
        (
            obligation(
                6, "monitoring", "Замер 1 раз в квартал", substances=[{"code": "0301", "name": "NO2"}]
            ),
            "air",
        ),
        (
            obligation(7, "requirement", "Соблюдать программу производственного экологического контроля"),
            "none",
        ),
    ],
)
def test_the_medium_of_an_obligation(item, medium):
    assert obligation_medium(item) == medium


def test_overview_counts_next_dates_and_overdue():
    items = [
        obligation(1, "reporting", due_dates=["2026-05-01", "2026-11-01", "2027-02-01"]),  # overdue and ahead
        obligation(2, "reporting", due_dates=["2026-08-01"], checked=True),  # checked: never overdue
        obligation(3, "task", due_dates=["2026-12-04"]),  # due today: ahead, not overdue
        obligation(4, "task", due_dates=["2027-01-15", "2027-03-01"]),
        obligation(5, "waste", "Ветошь: передается по договору"),
        obligation(6, "monitoring", "Атмосферный воздух: т.1", rrule="FREQ=MONTHLY", frequency="monthly"),
        obligation(7, "task", due_dates=["2025-01-31"]),
    ]
    warnings = [{"code": "count_mismatch", "message": "5 organized, 2 listed", "document_id": 1}]
    o = overview(items, warnings, TODAY, shown=2)
    assert o.total == 7
    assert o.by_kind == [("task", 3), ("reporting", 2), ("monitoring", 1), ("waste", 1)]
    assert o.by_medium == [("air", 1), ("waste", 1), ("none", 5)]  # "none" last whatever its count
    assert [(d.isoformat(), x["id"]) for d, x in o.upcoming] == [("2026-12-04", 3), ("2027-01-15", 4)]
    assert o.upcoming_total == 3  # obligation 1's next date, 2027-02-01, is beyond the two shown
    assert [(d.isoformat(), x["id"]) for d, x in o.overdue] == [("2025-01-31", 7), ("2026-11-01", 1)]
    assert o.recurring == 1 and o.warnings == warnings


def test_overview_of_a_facility_without_obligations():
    o = overview([], [], TODAY)
    assert (o.total, o.by_kind, o.by_medium, o.upcoming, o.overdue, o.recurring) == (0, [], [], [], [], 0)


def test_documents_are_named_once_per_group_when_the_order_keeps_them_together():
    together = [obligation(1, document_id=7), obligation(2, document_id=7), obligation(3, document_id=9)]
    assert [(d, [o["id"] for o in rows]) for d, rows in document_groups(together)] == [(7, [1, 2]), (9, [3])]
    mixed = [obligation(1, document_id=7), obligation(3, document_id=9), obligation(2, document_id=7)]
    assert document_groups(mixed) is None
    assert document_groups([]) == []


def test_short_labels_tell_documents_of_the_same_kind_and_year_apart():
    labels = short_labels(
        {
            3: {"kind": "pek_programme", "year": 2027},
            9: {"kind": "pek_programme", "year": 2027},
            12: {"kind": "permit", "year": None},
        }
    )
    assert labels[3] == {"kind": "pek_programme", "year": 2027, "id": 3}
    assert labels[9]["id"] == 9 and labels[12] == {"kind": "permit", "year": None, "id": None}
