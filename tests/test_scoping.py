"""Scoping conclusions: the dev conclusion in three formats against its gold, and fictional
conclusions written here (other applicant, other substances, merged lines, a wrong total, Kazakh).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from docx import Document as new_docx

from extractor.contract import Extraction, Obligation
from extractor.extraction import extract_document
from extractor.extractors.scoping import statement, stream
from extractor.model import Block, BlockKind
from extractor.reading import parse_file

DEV_STEM = "scoping-conclusion-zhaikmunai"
FORMATS = ("txt", "docx", "pdf")


@cache
def extracted(path: Path) -> Extraction:
    return extract_document(parse_file(path))


def dev(devset: Path, fmt: str) -> Extraction:
    return extracted(devset / f"{DEV_STEM}.{fmt}")


def gold(devset: Path) -> dict:
    return json.loads((devset / "gold" / f"{DEV_STEM}.json").read_text(encoding="utf-8"))


def numbered(ext: Extraction) -> list[Obligation]:
    return [o for o in ext.obligations if o.number is not None]


def articles(obligation: Obligation) -> set[str]:
    return {r.article for r in obligation.legal_refs if r.article}


# ================================================================ the dev conclusion


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_emissions_match_gold(devset, fmt):
    got = Counter(
        (e.substance.code, e.hazard_class, e.g_s, e.t_y, e.period) for e in dev(devset, fmt).emissions
    )
    want = Counter(
        (g["code"], g["hazard_class"], g["g_s"], g["t_y"], g["period"]) for g in gold(devset)["emissions"]
    )
    assert got == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_limits_match_gold(devset, fmt):
    limits = list(dev(devset, fmt).limits)
    for g in gold(devset)["limits"]:
        hits = [
            x
            for x in limits
            if x.medium == g["medium"]
            and x.limit == g["limit"]
            and x.unit == g["unit"]
            and (x.substance.code == g["code"] if "code" in g else x.substance.symbol == g["symbol"])
            and ("value" not in g or x.value == g["value"])
        ]
        assert len(hits) == 1, g
        limits.remove(hits[0])
    scored = {(g["medium"], g["unit"]) for g in gold(devset)["limits"]}
    assert [x for x in limits if (x.medium, x.unit) in scored] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_wastes_match_gold(devset, fmt):
    wastes = dev(devset, fmt).wastes
    assert len(wastes) == len(gold(devset)["wastes"])
    for g in gold(devset)["wastes"]:
        assert any(
            w.amount_t == g["amount_t"]
            and w.hazardous == g["hazardous"]
            and g["name_contains"].lower() in (w.name or "").lower()
            and w.code == g["code"]
            for w in wastes
        ), g


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_requirements_are_numbered_1_to_18(devset, fmt):
    items = numbered(dev(devset, fmt))
    assert [o.number for o in items] == gold(devset)["requirement_numbers_exact"]
    assert all(o.kind == "requirement" and o.modality == "must" for o in items)


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_requirement_articles_match_gold(devset, fmt):
    by_number = {o.number: o for o in numbered(dev(devset, fmt))}
    for g in gold(devset)["obligations"]:
        if "articles" in g:
            assert set(g["articles"]) <= articles(by_number[g["number"]]), g["number"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_facility(devset, fmt):
    (facility,) = dev(devset, fmt).facilities
    (want,) = gold(devset)["facilities"]
    assert (facility.bin, facility.category) == (want["bin"], want["category"])
    assert want["name_contains"] in (facility.name or "")
    assert facility.provenance.block is not None


def test_dev_requirements_agree_across_formats(devset):
    """Numbers, first words, articles and block counts do not depend on the file format."""

    def shape(fmt: str) -> list[tuple]:
        return [(o.number, o.text[:60], sorted(articles(o))) for o in dev(devset, fmt).obligations]

    assert shape("txt") == shape("docx") == shape("pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_continuations_and_sub_items_stay_with_their_requirement(devset, fmt):
    by_number = {o.number: o for o in numbered(dev(devset, fmt))}
    assert "1) риска" in by_number["13"].text and "ст. 338" in by_number["13"].text
    assert "ст. 222" in by_number["10"].text
    assert not any("председател" in o.text.lower() for o in dev(devset, fmt).obligations)


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_introduction_is_not_numbered(devset, fmt):
    unnumbered = [o for o in dev(devset, fmt).obligations if o.number is None]
    assert len(unnumbered) == 1 and "72" in articles(unnumbered[0])


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_totals_are_checked_per_period(devset, fmt):
    """The construction totals and the hazardous-waste subtotal of the dev text disagree with their items."""
    messages = [w.message for w in dev(devset, fmt).warnings if w.code == "total_mismatch"]
    assert sum("emissions (construction)" in m for m in messages) == 2
    assert not any("operation" in m for m in messages)
    assert sum(m.startswith("hazardous wastes") for m in messages) == 1
    assert not any(m.startswith(("all wastes", "non-hazardous")) for m in messages)


# ================================================================ a fictional conclusion

RU_HEAD = """Заключение об определении сферы охвата оценки воздействия на окружающую среду

Сведения об инициаторе намечаемой деятельности: ТОО «Степной Кварц», Карагандинская область, г. Балхаш, \
улица Озерная, 7, 180840012344, Иванов И.И., +7(7103)000000

Намечаемая деятельность: добыча кварцита открытым способом. Согласно приложению 2 к Кодексу намечаемая \
деятельность относится к объектам II категории.

Краткая характеристика компонентов окружающей среды

Атмосферный воздух: азота диоксид – 0,05 мг/м3 (ПДК - 0,2 мг/м3), углерода оксид – не обн. мг/м3 (ПДК - 5 мг/м3).

Подземные воды: хлориды – 210 мг/л (ПДК – 350 мг/л), нитраты – 12,5 мг/л (ПДК – 45 мг/л), ртуть – не обн., \
кадмий – не обн., (ПДК – 0,001 мг/л).

Выбросы: Суммарные выбросы на период строительства: 0,9 г/с, 0,5 т/год. Перечень веществ:
"""

RU_EMISSIONS_SPLIT = """
Азота (IV) диоксид (2 кл. опасн.) – 0,0412 г/с, 0,1208 т/год; Углерод оксид (4 кл. опасн.) – 0,0925 г/с, \
0,2711 т/год; Сера диоксид (3 кл. опасн.) – 0,0051 г/с, 0,0147 т/год;

Пыль неорганическая, содержащая двуокись кремния в %: 70-20 (3 кл. опасн.) – 0,2130 г/с,

0,0850 т/год;

Бенз/а/пирен (1 кл. опасн.) – 0,000000012 г/с, 0,00000009 т/год.

Период эксплуатации: Пыль неорганическая, содержащая двуокись кремния в %: 70-20 (3 кл. опасн.) – 0,5400 г/с, \
2,3300 т/год; Керосин (-) – 0,0310 г/с, 0,0620 т/год.
"""

RU_TAIL = """
Суммарные выбросы на период эксплуатации: 0,5710 г/с, 2,3920 т/год.

Отходы: Опасные отходы: промасленная ветошь (15 02 02*) – 0,120 т/период; отработанные масла – 0,350 т/период. \
Неопасные отходы: ТБО – 1,2 т/период, огарыши сварочных электродов – 0,015 т/период. Всего образуется отходов: \
1,685 т/период, в том числе опасных – 0,470 т/период, неопасных – 1,215 т/период.

Выводы

Проведение оценки воздействия на окружающую среду является обязательным согласно ст. 72 Экологического \
кодекса Республики Казахстан (далее – Кодекс).

В отчете о возможных воздействиях отразить:

1. Необходимо представить карту-схему карьера с расстоянием до ближайшей жилой зоны.

2. Необходимо предусмотреть мероприятия по пылеподавлению, в том числе:

1) орошение дорог в теплый период года;

2) укрытие складов инертных материалов.

Мероприятия должны войти в план природоохранных мероприятий.

3. В соответствии со ст. 208 Кодекса предусмотреть мониторинг выбросов ежеквартально.

4. Сброс неочищенных сточных вод на рельеф местности не допускается согласно п. 1 ст. 223 Кодекса.

5. Согласно ст. 336 Кодекса подрядным организациям, вывозящим отходы, необходимо иметь лицензию.

Руководитель управления                А. Петров
"""

RU_EMISSIONS = {
    ("0301", 2, 0.0412, 0.1208, "construction"),
    ("0337", 4, 0.0925, 0.2711, "construction"),
    ("0330", 3, 0.0051, 0.0147, "construction"),
    ("2908", 3, 0.2130, 0.0850, "construction"),
    ("0703", 1, 0.000000012, 0.00000009, "construction"),
    ("2908", 3, 0.5400, 2.3300, "operation"),
    ("2732", None, 0.0310, 0.0620, "operation"),
}


def write_docx(path: Path, text: str) -> Path:
    """The same conclusion as a DOCX of plain "Normal" paragraphs, the emission list run into one."""
    doc = new_docx()
    head, rest = text.split("Перечень веществ:", 1)
    emissions, tail = rest.split("Суммарные выбросы на период эксплуатации", 1)
    for part in head.split("\n\n"):
        doc.add_paragraph(part.strip())
    doc.add_paragraph("Перечень веществ: " + " ".join(emissions.split()))
    for part in ("Суммарные выбросы на период эксплуатации" + tail).split("\n\n"):
        if part.strip():
            doc.add_paragraph(part.strip())
    doc.save(str(path))
    return path


@pytest.fixture(scope="module", params=["txt", "docx"])
def fictional(request, tmp_path_factory) -> Extraction:
    folder = tmp_path_factory.mktemp("scoping")
    text = RU_HEAD + RU_EMISSIONS_SPLIT + RU_TAIL
    if request.param == "txt":
        path = folder / "conclusion.txt"
        path.write_text(text, encoding="utf-8")
    else:
        path = write_docx(folder / "conclusion.docx", text)
    return extract_document(parse_file(path))


def test_fictional_is_a_scoping_conclusion(fictional):
    assert fictional.document.kind == "scoping_conclusion"


def test_fictional_facility(fictional):
    (f,) = fictional.facilities
    assert (f.name, f.bin, f.category) == ("ТОО «Степной Кварц»", "180840012344", "II")
    assert f.address is not None and "Балхаш" in f.address


def test_fictional_emissions_over_merged_and_split_lines(fictional):
    got = {(e.substance.code, e.hazard_class, e.g_s, e.t_y, e.period) for e in fictional.emissions}
    assert got == RU_EMISSIONS
    assert len(fictional.emissions) == len(RU_EMISSIONS)


def test_fictional_wrong_total_is_warned_and_rounded_one_is_not(fictional):
    mismatches = [w.message for w in fictional.warnings if w.code == "total_mismatch"]
    assert len(mismatches) == 1
    assert "0,9 г/с" in mismatches[0] and "0.351800012" in mismatches[0]


def test_fictional_limits(fictional):
    got = {
        (x.medium, x.substance.code or x.substance.symbol, x.value, x.limit, x.unit) for x in fictional.limits
    }
    assert got == {
        ("air", "0301", 0.05, 0.2, "mg/m3"),
        ("air", "0337", None, 5.0, "mg/m3"),
        ("water", "Cl-", 210.0, 350.0, "mg/l"),
        ("water", "NO3-", 12.5, 45.0, "mg/l"),
    }
    assert [w.code for w in fictional.warnings if w.code == "ambiguous_limit"] == ["ambiguous_limit"]


def test_fictional_wastes(fictional):
    got = {(w.name, w.code, w.hazardous, w.amount_t, w.period) for w in fictional.wastes}
    assert got == {
        ("промасленная ветошь", "15 02 02*", True, 0.12, "construction"),
        ("отработанные масла", None, True, 0.35, "construction"),
        ("ТБО", None, False, 1.2, "construction"),
        ("огарыши сварочных электродов", None, False, 0.015, "construction"),
    }


def test_fictional_requirements(fictional):
    items = {o.number: o for o in numbered(fictional)}
    assert list(items) == ["1", "2", "3", "4", "5"]
    assert "1) орошение" in items["2"].text and "2) укрытие" in items["2"].text
    assert "природоохранных" in items["2"].text
    assert (items["3"].frequency, articles(items["3"])) == ("quarterly", {"208"})
    assert (items["4"].modality, articles(items["4"])) == ("must_not", {"223"})
    assert items["5"].actor == "подрядным организациям" and articles(items["5"]) == {"336"}
    assert items["1"].actor == "инициатор" and items["1"].language == "ru"
    assert "Петров" not in items["5"].text


def test_fictional_introduction_is_an_unnumbered_requirement(fictional):
    (intro,) = [o for o in fictional.obligations if o.number is None]
    assert intro.kind == "requirement" and articles(intro) == {"72"}
    assert "отразить" not in intro.text


# ================================================================ Kazakh

KK_TEXT = """Қоршаған ортаға әсерді бағалаудың қамту саласын айқындау туралы қорытынды

Бастамашы туралы мәліметтер: «Дала Тас» ЖШС, Қарағанды облысы, Балқаш қаласы, Көл көшесі, 12, 200540024680

Жоспарланған қызмет II санаттағы объектілерге жатады.

Шығарындылар: Құрылыс кезеңінде: Азот (IV) диоксиді (2 қауіптілік класы) – 0,0412 г/с, 0,1208 т/жыл; \
Күкірт диоксиді (3 қауіптілік класы) – 0,0051 г/с, 0,0147 т/жыл. Пайдалану кезеңінде: Көміртек оксиді \
(4 қауіптілік класы) – 0,0925 г/с, 0,2711 т/жыл.

Қорытынды

1. Жақын тұрғын аймаққа дейінгі қашықтықты көрсету қажет.

2. Кодекстің 208-бабына сәйкес атмосфералық ауаның мониторингін жүргізу қажет.

3. Өндірістік бақылау бағдарламасын әзірлеу қажет.
"""


def test_kazakh_conclusion(tmp_path):
    path = tmp_path / "kk.txt"
    path.write_text(KK_TEXT, encoding="utf-8")
    ext = extract_document(parse_file(path))
    assert ext.document.kind == "scoping_conclusion"
    (f,) = ext.facilities
    assert (f.name, f.bin, f.category) == ("«Дала Тас» ЖШС", "200540024680", "II")
    assert {(e.substance.code, e.hazard_class, e.g_s, e.t_y, e.period) for e in ext.emissions} == {
        ("0301", 2, 0.0412, 0.1208, "construction"),
        ("0330", 3, 0.0051, 0.0147, "construction"),
        ("0337", 4, 0.0925, 0.2711, "operation"),
    }
    items = numbered(ext)
    assert [o.number for o in items] == ["1", "2", "3"]
    assert {o.actor for o in items} == {"бастамашы"}
    assert articles(items[1]) == {"208"}


# ================================================================ small pieces


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Сера диоксид (3 кл. опасн.)", 3),
        ("Азота диоксид (класс опасности 2)", 2),
        ("Сероводород, 2 класс опасности", 2),
        ("Уайт-спирит (-)", None),
        ("Железо (II, III) оксиды", None),
        ("Азот (IV) диоксиді (2 қауіптілік класы)", 2),
    ],
)
def test_hazard_class_notes(note, expected):
    assert stream.hazard_class_of(note) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("относится к объектам I категории", "I"),
        ("относится к объектам 2 категории", "II"),
        ("объектілерге III санаттағы", "III"),
        ("без категории", None),
    ],
)
def test_category(text, expected):
    assert statement.category(text) == expected


def test_total_tolerance_follows_the_written_precision():
    from extractor.nlp.numbers import find_quantities

    (half,) = find_quantities("0,5 т/год")
    assert stream.close_enough(half, 0.54)  # 0,54 rounds to 0,5
    (precise,) = find_quantities("0,005 т")
    assert not stream.close_enough(precise, 0.00385)


def test_stream_joins_a_sentence_cut_by_the_layout():
    blocks = [
        (0, Block(BlockKind.PARAGRAPH, "сульфаты – 132 мг/л (ПДК – 500 мг/л), аммиак")),
        (1, Block(BlockKind.LIST_ITEM, "0,12 мг/л (ПДК – 2,0 мг/л);")),
        (2, Block(BlockKind.PARAGRAPH, "Период эксплуатации: Сероводород")),
    ]
    joined = stream.blocks_to_stream(blocks)
    assert joined.text == (
        "сульфаты – 132 мг/л (ПДК – 500 мг/л), аммиак 0,12 мг/л (ПДК – 2,0 мг/л);\nПериод эксплуатации: Сероводород"
    )
    assert [joined.block_at(p) for p in (0, joined.text.index("0,12"), len(joined.text) - 1)] == [0, 1, 2]


def test_emission_table_before_the_conclusions(tmp_path):
    doc = new_docx()
    doc.add_paragraph("Заключение об определении сферы охвата оценки воздействия на окружающую среду")
    doc.add_paragraph("Выбросы в период эксплуатации:")
    rows = [
        ["Код", "Наименование вещества", "Класс опасности", "г/с", "т/год"],
        ["0301", "Азота (IV) диоксид", "2", "0,0412", "0,1208"],
        ["0333", "Сероводород", "2", "0,0011", "0,0300"],
        ["", "Всего", "", "0,0423", "0,1508"],
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for col, value in enumerate(row):
            table.cell(r, col).text = value
    doc.add_paragraph("Выводы")
    doc.add_paragraph("1. Необходимо указать источники выбросов.")
    doc.add_paragraph("2. Необходимо указать категорию объекта.")
    doc.save(str(tmp_path / "table.docx"))
    ext = extract_document(parse_file(tmp_path / "table.docx"))
    got = [
        (e.substance.code, e.hazard_class, e.g_s, e.t_y, e.period, e.provenance.row) for e in ext.emissions
    ]
    assert got == [("0301", 2, 0.0412, 0.1208, "operation", 0), ("0333", 2, 0.0011, 0.03, "operation", 1)]
    assert [o.number for o in ext.obligations] == ["1", "2"]


def test_a_period_named_before_a_section_header_carries_into_it_but_not_past_the_next():
    text = "На период строительства: Выбросы: Азота диоксид – 0,1 г/с.\nСбросы: вода – 12 м3"
    assert stream.period_at(text, text.index("Азота")) == "construction"
    assert stream.period_at(text, text.index("вода")) is None
