"""Legal references in RU/KK/VI → act, number, article, clause, subclause, appendix."""

from __future__ import annotations

import pytest

from extractor.nlp.legal_refs import (
    Act,
    LegalRef,
    dedupe_refs,
    find_aliases,
    find_legal_refs,
    resolve_aliases,
)

FIELDS = ("act", "number", "article", "clause", "subclause", "appendix")


def refs(text: str, **kwargs) -> list[tuple[str | None, ...]]:
    return [tuple(getattr(r, f) for f in FIELDS) for r in find_legal_refs(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("п. 2 ст. 120 Водного Кодекса", [("Водный кодекс", None, "120", "2", None, None)]),
        (
            "ст. 66, п. 5 ст. 90, п.2 ст. 120 Водного Кодекса Республики Казахстан",
            [
                ("Водный кодекс", None, "66", None, None, None),
                ("Водный кодекс", None, "90", "5", None, None),
                ("Водный кодекс", None, "120", "2", None, None),
            ],
        ),
        ("пп. 5 п. 1 Приложения 2 к Инструкции", [("Инструкция", None, None, "1", "5", "2")]),
        (
            "п. 3, 4, 5 Приложения 2 к Инструкции",
            [
                ("Инструкция", None, None, "3", None, "2"),
                ("Инструкция", None, None, "4", None, "2"),
                ("Инструкция", None, None, "5", None, "2"),
            ],
        ),
        ("ст. 202 Экологического Кодекса РК", [("Экологический кодекс", None, "202", None, None, None)]),
        ("ст.72 Экологического Кодекса", [("Экологический кодекс", None, "72", None, None, None)]),
        (
            "в соответствии со статьей 189 Экологического Кодекса",
            [("Экологический кодекс", None, "189", None, None, None)],
        ),
        ("ст. 327 Кодекса", [("Кодекс", None, "327", None, None, None)]),
        (
            "ст. 329, п.1 ст. 358 Кодекса",
            [("Кодекс", None, "329", None, None, None), ("Кодекс", None, "358", "1", None, None)],
        ),
        ("в соответствии с п.п. 6 ст. 186", [(None, None, "186", None, "6", None)]),
        (
            "требованиями пункта 4 статьи \n186 Экологического Кодекса",
            [("Экологический кодекс", None, "186", "4", None, None)],
        ),
        (
            "п.п. 2.1 п.2 раздела 1 Приложения 1 Экологического Кодекса",
            [("Экологический кодекс", None, None, "2", "2.1", "1")],
        ),
        ("подпункт а) пункта 3 статьи 5 Закона", [("Закон", None, "5", "3", "а", None)]),
        (
            "п. 3, п. 4 ст. 5 Водного кодекса",
            [("Водный кодекс", None, "5", "3", None, None), ("Водный кодекс", None, "5", "4", None, None)],
        ),
    ],
)
def test_russian_references(text, expected):
    assert refs(text) == expected


def test_internal_reference():
    [ref] = find_legal_refs("в соответствии со статьи 182 настоящего Кодекса")
    assert (ref.act, ref.article, ref.internal) == ("Кодекс", "182", True)


def test_act_with_date_and_number():
    [ref] = find_legal_refs(
        "Кодекс Республики Казахстан от 2 января 2021 года № 400-VI «Экологический кодекс РК»;"
    )
    assert (ref.act, ref.number, ref.date) == ("Экологический кодекс", "400-VI", "2021-01-02")
    assert ref.article is None


def test_named_code_with_number():
    [ref] = find_legal_refs("1. Экологический кодекс Республики Казахстан от 2 января 2021 года № 400-VI;")
    assert (ref.act, ref.number, ref.date) == ("Экологический кодекс", "400-VI", "2021-01-02")


def test_order_with_issuer_date_and_number():
    [ref] = find_legal_refs(
        "приказ Министра экологии, геологии и природных ресурсов РК от 14 июля 2021 года № 250"
    )
    assert (ref.act, ref.number, ref.date) == ("Приказ", "250", "2021-07-14")
    [ref] = find_legal_refs("утвержденной приказом Министра экологии от 30 июля 2021 года №280")
    assert (ref.act, ref.number, ref.date) == ("Приказ", "280", "2021-07-30")
    [ref] = find_legal_refs("создана приказом Министра № 20 от 21 января 2022 года.")
    assert (ref.act, ref.number, ref.date) == ("Приказ", "20", "2022-01-21")


def test_order_number_with_letters_over_a_line_break():
    [ref] = find_legal_refs("приказом и. о. Министра здравоохранения РК от 11.01.2022 года №ҚР \nДСМ-2)")
    assert (ref.number, ref.date) == ("ҚР ДСМ-2", "2022-01-11")


def test_instruction_takes_the_number_of_the_approving_order():
    text = "в соответствии с пп. 5 п. 1 Приложения 2 к Инструкции по организации и проведению экологической оценки, утвержденной приказом Министра от 30 июля 2021 года №280"
    [ref] = find_legal_refs(text)
    assert ref.act == "Инструкция по организации и проведению экологической оценки"
    assert (ref.number, ref.date, ref.subclause, ref.clause, ref.appendix) == (
        "280",
        "2021-07-30",
        "5",
        "1",
        "2",
    )


def test_law_by_abbreviation_with_date_and_title():
    [ref] = find_legal_refs("согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года «Об электронном документе»")
    assert (ref.act, ref.article, ref.clause, ref.date, ref.title) == (
        "Закон",
        "7",
        "1",
        "2003-01-07",
        "Об электронном документе",
    )


def test_quoted_title_stands_for_the_act():
    [ref] = find_legal_refs(
        "Согласно п. 53 «Санитарно-эпидемиологические требования к СЗЗ» от 20 марта 2015 года №237 изменение"
    )
    assert (ref.act, ref.clause, ref.number, ref.date) == (
        "Санитарно-эпидемиологические требования к СЗЗ",
        "53",
        "237",
        "2015-03-20",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18-бабының 2-тармағы", [(None, None, "18", "2", None, None)]),
        ("7 бабы, 1 тармағына сәйкес", [(None, None, "7", "1", None, None)]),
        ("Экология кодексінің 182-бабы", [("Экология кодексі", None, "182", None, None, None)]),
        ("Су кодексінің 66-бабына", [("Су кодексі", None, "66", None, None, None)]),
        ("Заңының 8-бабы 7) тармақшасына сәйкес", [("Заң", None, "8", None, "7", None)]),
        (
            "Кодекстің 18, 19-баптары",
            [("Кодекс", None, "18", None, None, None), ("Кодекс", None, "19", None, None, None)],
        ),
    ],
)
def test_kazakh_references(text, expected):
    assert refs(text) == expected


def test_kazakh_law_with_date_and_title_before_it():
    text = (
        "Бұл құжат ҚР 2003 жылдың 7 қаңтарындағы «Электронды құжат» туралы заңның 7 бабы, 1 тармағына сәйкес"
    )
    [ref] = find_legal_refs(text)
    assert (ref.act, ref.article, ref.clause, ref.date, ref.title) == (
        "Заң",
        "7",
        "1",
        "2003-01-07",
        "Электронды құжат",
    )


def test_kazakh_internal_reference():
    [ref] = find_legal_refs("осы Кодекстің 18-бабының 2-тармағына")
    assert (ref.act, ref.article, ref.clause, ref.internal) == ("Кодекс", "18", "2", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khoản 2 Điều 46", [(None, None, "46", "2", None, None)]),
        ("điểm a khoản 1 Điều 5", [(None, None, "5", "1", "a", None)]),
        ("Nghị định số 105/2015/NĐ-CP", [("Nghị định", "105/2015/NĐ-CP", None, None, None, None)]),
        ("Thông tư số 61/2012/TT-BCA-C41", [("Thông tư", "61/2012/TT-BCA-C41", None, None, None, None)]),
        ("Thông tư số 41/TT-BCA", [("Thông tư", "41/TT-BCA", None, None, None, None)]),
        (
            "Luật Bảo vệ môi trường số 72/2020/QH14",
            [("Luật Bảo vệ môi trường", "72/2020/QH14", None, None, None, None)],
        ),
        ("QCVN 40:2011/BTNMT", [("QCVN", "40:2011/BTNMT", None, None, None, None)]),
        (
            "khoản 3 Điều 12 Nghị định số 08/2022/NĐ-CP",
            [("Nghị định", "08/2022/NĐ-CP", "12", "3", None, None)],
        ),
        (
            "khoản 1 và khoản 2 Điều 5",
            [(None, None, "5", "1", None, None), (None, None, "5", "2", None, None)],
        ),
        ("theo quy định tại 105/2015/NĐ-CP", [("Nghị định", "105/2015/NĐ-CP", None, None, None, None)]),
        ("Luật Hóa chất năm 2007", [("Luật Hóa chất", None, None, None, None, None)]),
    ],
)
def test_vietnamese_references(text, expected):
    assert refs(text) == expected


def test_vietnamese_this_circular():
    [ref] = find_legal_refs("Cán bộ quy định tại Điều 5 Thông tư này có trách nhiệm")
    assert (ref.act, ref.article, ref.internal) == ("Thông tư", "5", True)


def test_vietnamese_act_with_date():
    [ref] = find_legal_refs("Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 08 năm 2018 của Chính phủ")
    assert (ref.number, ref.date) == ("01/2018/NĐ-CP", "2018-08-06")


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1. Phạm vi điều chỉnh",
        "Chương I\nQUY ĐỊNH CHUNG",
        "Mục 1\nTHU MẪU",
        "Статья 5. Цели контроля",
        "представлены в таблице 1 – *Приложение 1.*",
        "п. Весовая (4,0 км)",
        "1250 ст. м3/ч",
        "в т.ч. и прочее",
        "Bộ trưởng ban hành Thông tư quy định kiểm định",
        "vi phạm pháp luật về bảo vệ môi trường",
        "Điểm thu mẫu nước thải là vị trí cụ thể",
        "мероприятия по охране в части охраны вод",
    ],
)
def test_not_references(text):
    assert find_legal_refs(text) == []


def test_aliases_resolve_in_the_whole_text():
    text = (
        "На основании ст.72 Экологического Кодекса Республики Казахстан (далее – Кодекс) необходимо. "
        "Согласно ст. 222 Кодекса и ст. 238 Кодекса (далее – Кодекса)."
    )
    found = find_legal_refs(text)
    assert [(r.act, r.article) for r in found] == [
        ("Экологический кодекс", "72"),
        ("Экологический кодекс", "222"),
        ("Экологический кодекс", "238"),
    ]


def test_alias_for_an_instruction_keeps_its_number():
    text = (
        "Приложения 2 к Инструкции по организации и проведению экологической оценки, утвержденной приказом "
        "Министра от 30 июля 2021 года №280 (далее – Инструкция). Согласно п. 12 Приложения 2 к Инструкции"
    )
    last = find_legal_refs(text)[-1]
    assert (last.act, last.number, last.clause, last.appendix) == (
        "Инструкция по организации и проведению экологической оценки",
        "280",
        "12",
        "2",
    )


def test_aliases_for_a_fragment_of_a_document():
    document = "ст.72 Экологического Кодекса Республики Казахстан (далее – Кодекс). ст. 327 Кодекса"
    fragment = "В соответствии со ст. 327 Кодекса необходимо"
    assert [r.act for r in find_legal_refs(fragment)] == ["Кодекс"]
    assert [r.act for r in find_legal_refs(fragment, aliases=find_aliases(document))] == [
        "Экологический кодекс"
    ]
    assert [r.act for r in find_legal_refs(fragment, aliases={"Кодекс": Act("Водный кодекс")})] == [
        "Водный кодекс"
    ]
    assert [r.act for r in resolve_aliases(find_legal_refs(fragment), document)] == ["Экологический кодекс"]
    assert [r.act for r in find_legal_refs(document, aliases={})] == ["Экологический кодекс", "Кодекс"]


def test_alias_does_not_touch_internal_references():
    text = "ст. 72 Экологического Кодекса (далее – Кодекс); статьи 5 настоящего Кодекса"
    assert [(r.act, r.internal) for r in find_legal_refs(text)] == [
        ("Экологический кодекс", False),
        ("Кодекс", True),
    ]


def test_dedupe_keeps_each_reference_once():
    found = find_legal_refs("ст. 66 Водного кодекса; ст. 66 Водного кодекса; п. 1 ст. 66 Водного кодекса")
    unique = dedupe_refs(found)
    assert [(r.article, r.clause) for r in unique] == [("66", None), ("66", "1")]
    assert unique[0] is found[0]


def test_reference_text_and_offsets_point_into_the_text():
    text = "Необходимо соблюдать требования ст. 66, п. 5 ст. 90 Водного Кодекса РК."
    for ref in find_legal_refs(text):
        assert isinstance(ref, LegalRef)
        assert text[ref.start : ref.end] == ref.text
    assert [r.text for r in find_legal_refs(text)] == ["ст. 66", "п. 5 ст. 90 Водного Кодекса РК"]
