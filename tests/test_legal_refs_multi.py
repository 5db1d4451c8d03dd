"""References to several articles or clauses at once: one reference per article (or clause), each
with its act resolved as for a single one, in RU/KK/VI; ranges read out; the references reach the
extraction contract (the document's `legal_refs` and each obligation's)."""

from __future__ import annotations

import builders
import pytest

from extractor.extraction import extract_document
from extractor.nlp.legal_refs import MAX_RANGE, find_legal_refs
from extractor.reading import parse_file


def arts(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(act, article, clause) of every reference found."""
    return [(r.act, r.article, r.clause) for r in find_legal_refs(text)]


ECO = "Экологический кодекс"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Оператор учитывает требования статей 206, 207 Экологического кодекса РК.",
            [(ECO, "206", None), (ECO, "207", None)],
        ),
        (
            "в порядке, установленном статей 14 и 15 Водного кодекса",
            [("Водный кодекс", "14", None), ("Водный кодекс", "15", None)],
        ),
        ("с учетом ст.ст. 206, 207 Кодекса", [("Кодекс", "206", None), ("Кодекс", "207", None)]),
        ("по ст. ст. 41 и 43 Закона", [("Закон", "41", None), ("Закон", "43", None)]),
        ("предусмотренных ст.ст.12,13 Кодекса", [("Кодекс", "12", None), ("Кодекс", "13", None)]),
        ("в соответствии со статьями 65 и 66", [(None, "65", None), (None, "66", None)]),
        (
            "согласно статьям 65, 66 и 67 Земельного кодекса",
            [
                ("Земельный кодекс", "65", None),
                ("Земельный кодекс", "66", None),
                ("Земельный кодекс", "67", None),
            ],
        ),
        ("выполнять п. 1 и 2 ст. 125 Кодекса", [("Кодекс", "125", "1"), ("Кодекс", "125", "2")]),
        ("пунктами 3, 4 статьи 18", [(None, "18", "3"), (None, "18", "4")]),
        ("ч.ч. 2, 3 ст. 9 Закона", [("Закон", "9", None), ("Закон", "9", None)]),
    ],
)
def test_russian_several_articles_or_clauses(text, expected):
    assert arts(text) == expected


def test_russian_parts_keep_their_numbers():
    assert [(r.article, r.part) for r in find_legal_refs("ч.ч. 2, 3 ст. 9 Закона")] == [
        ("9", "2"),
        ("9", "3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в пределах ст. 320-321 Кодекса", ["320", "321"]),
        ("в пределах ст. 320 – 321 Кодекса", ["320", "321"]),
        ("по статьям 40—43 Закона", ["40", "41", "42", "43"]),
        ("см. ст. 11-30", [str(n) for n in range(11, 31)]),
        ("см. ст. 1-120 Кодекса", ["1", "120"]),
        ("ст. 17-1 Закона", ["17-1"]),
        ("статьи 12-1 и 12-2 Закона", ["12-1", "12-2"]),
        ("ст. 8, 10-12 Кодекса", ["8", "10", "11", "12"]),
    ],
)
def test_russian_article_ranges(text, expected):
    assert [r.article for r in find_legal_refs(text)] == expected


def test_a_range_longer_than_the_limit_keeps_its_ends():
    last = 5 + MAX_RANGE
    assert [r.article for r in find_legal_refs(f"ст. 5-{last} Кодекса")] == ["5", str(last)]
    assert len(find_legal_refs(f"ст. 5-{last - 1} Кодекса")) == MAX_RANGE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("п. 4.1-4.3 ст. 7 Закона", ["4.1", "4.2", "4.3"]),
        ("п. 4.1-1 ст. 7 Закона", ["4.1-1"]),
        ("п. 4.1-6 ст. 7 Закона", ["4.1", "6"]),
        ("п. 4.2-3.1 ст. 7 Закона", ["4.2", "3.1"]),
    ],
)
def test_dotted_clause_ranges(text, expected):
    found = find_legal_refs(text)
    assert [r.clause for r in found] == expected
    assert {r.article for r in found} == {"7"}


def test_range_references_point_into_the_text():
    text = "Требования ст.ст. 206, 207 и ст. 320-321 Экологического кодекса обязательны."
    found = find_legal_refs(text)
    assert [r.article for r in found] == ["206", "207", "320", "321"]
    assert {r.act for r in found} == {ECO}
    for ref in found:
        assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("238-бап", [(None, "238", None)]),
        ("Талаптар 238-бап бойынша орындалады", [(None, "238", None)]),
        ("238-бабына сәйкес жүргізіледі", [(None, "238", None)]),
        ("Кодекстің 238-бабына сәйкес", [("Кодекс", "238", None)]),
        ("206, 207-баптарына сәйкес", [(None, "206", None), (None, "207", None)]),
        (
            "Экология кодексінің 206, 207-баптарына сәйкес",
            [("Экология кодексі", "206", None), ("Экология кодексі", "207", None)],
        ),
        ("Кодекстің 206 және 207-баптары", [("Кодекс", "206", None), ("Кодекс", "207", None)]),
        ("Заңның 10-12-баптары", [("Заң", "10", None), ("Заң", "11", None), ("Заң", "12", None)]),
        ("Кодекстің 65-1-бабы", [("Кодекс", "65-1", None)]),
        ("Су кодексінің 40-бабының 1, 2-тармақтары", [("Су кодексі", "40", "1"), ("Су кодексі", "40", "2")]),
    ],
)
def test_kazakh_several_articles(text, expected):
    assert arts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Điều 5, Điều 6", [(None, "5", None), (None, "6", None)]),
        (
            "theo quy định tại Điều 5, Điều 6 Nghị định số 08/2022/NĐ-CP",
            [("Nghị định", "5", None), ("Nghị định", "6", None)],
        ),
        ("các Điều 10, 11 và 12", [(None, "10", None), (None, "11", None), (None, "12", None)]),
        ("khoản 1, 2 Điều 46", [(None, "46", "1"), (None, "46", "2")]),
        ("từ Điều 10 đến Điều 12", [(None, "10", None), (None, "11", None), (None, "12", None)]),
        (
            "các Điều 7 đến 9 của Thông tư này",
            [("Thông tư", "7", None), ("Thông tư", "8", None), ("Thông tư", "9", None)],
        ),
        ("khoản 2 - 4 Điều 3", [(None, "3", "2"), (None, "3", "3"), (None, "3", "4")]),
    ],
)
def test_vietnamese_several_articles(text, expected):
    assert arts(text) == expected


@pytest.mark.parametrize("text", ["ст. 238", "238-бабы", "Điều 12", "статья 41"])
def test_a_cell_that_is_only_a_reference_cites_it(text):
    assert [r.article for r in find_legal_refs(text)] != []


def test_an_abbreviation_at_a_line_start_is_no_heading():
    text = "Мероприятия выполняются с учетом требований\nст. 238\nЭкологического кодекса"
    assert arts(text) == [(ECO, "238", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Общие положения\nСтатья 5\nЦели контроля",
        "Жалпы ережелер\n5-бап\nМақсаты",
        "Chương I\nĐiều 3\nGiải thích",
    ],
)
def test_headings_are_still_no_references(text):
    assert [r.article for r in find_legal_refs(text)] == []


# ------------------------------------------------------------- the contract

CONCLUSION = """Заключение об определении сферы охвата оценки воздействия на окружающую среду

На рассмотрение представлены: Заявление о намечаемой деятельности ТОО «Северный Щебень»

Общие сведения

Намечаемая деятельность: добыча строительного камня открытым способом на участке площадью 9 га.

Выводы

1. Оператору предусмотреть мероприятия по охране атмосферного воздуха согласно статей 211, 212 Экологического кодекса РК.
2. Обеспечить выполнение требований ст.ст. 330-331 Экологического кодекса РК при обращении с отходами.
3. Соблюдать условия п. 1 и 2 ст. 112 Водного кодекса РК при водопользовании.
4. Кодекстің 241-бабына сәйкес жерді қалпына келтіру жоспарын әзірлеу.
"""


@pytest.fixture(scope="module")
def conclusion(tmp_path_factory):
    path = builders.write_text(tmp_path_factory.mktemp("multi"), "conclusion.txt", CONCLUSION)
    return extract_document(parse_file(path))


def test_document_refs_carry_every_article(conclusion):
    assert conclusion.document.kind == "scoping_conclusion"
    articles = {r.article for r in conclusion.legal_refs if r.article}
    assert {"211", "212", "330", "331", "112", "241"} <= articles


def test_each_obligation_carries_its_articles(conclusion):
    by_number = {o.number: o for o in conclusion.obligations}
    assert [r.article for r in by_number["1"].legal_refs] == ["211", "212"]
    assert {r.act for r in by_number["1"].legal_refs} == {ECO}
    assert [r.article for r in by_number["2"].legal_refs] == ["330", "331"]
    assert [(r.article, r.clause) for r in by_number["3"].legal_refs] == [("112", "1"), ("112", "2")]
    assert [r.article for r in by_number["4"].legal_refs] == ["241"]
