"""ПЭК programme extraction on the project's own sample programme, in all three formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import source_pollutants
from docx import Document as new_docx

from extractor.extraction import extract_document
from extractor.nlp.deadlines import parse_deadline
from extractor.reading import parse_file

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
FORMATS = ["docx", "pdf", "txt"]


@pytest.fixture(scope="module", params=FORMATS)
def sample(request):
    path = SAMPLES / f"sample-pek-programme.{request.param}"
    return extract_document(parse_file(path))


def codes(substances) -> set[str]:
    return {s.code or s.symbol for s in substances}


def test_sample_is_a_programme_with_its_facility(sample):
    assert sample.document.kind == "pek_programme"
    (facility,) = sample.facilities
    assert (facility.bin, facility.kato, facility.oked, facility.category) == (
        "230540001230",
        "116630100",
        "08121",
        "II",
    )
    assert facility.lat == pytest.approx(51.17, abs=1e-4) and facility.lon == pytest.approx(71.43, abs=1e-4)
    assert "Учебный" in facility.name and facility.operator == "ТОО «Степной щебень»"
    assert facility.capacity == "150 000 тонн/год"


def test_wastes_with_household_fractions_as_wastes_of_their_own(sample):
    coded = {w.code: w for w in sample.wastes if w.code}
    assert set(coded) == {"15 02 02*", "16 01 07*", "20 01 01", "20 01 08", "01 01 02"}
    assert coded["15 02 02*"].hazardous is True and coded["20 01 01"].hazardous is False
    assert coded["20 01 01"].operation == "Вывозятся на полигон по договору"  # inherited from its group row


def test_sources_with_type_and_monitoring_method(sample):
    sources = {s.number: s for s in sample.sources}
    assert len(sources) == 32
    assert sources["0002"].type == "organized" and sources["0002"].monitoring == "instrumental"
    assert sources["6030"].type == "unorganized" and sources["6030"].monitoring == "calculation"
    assert sources["0001"].lat == pytest.approx(51.1701)
    pairs = source_pollutants(sample)
    assert {("0002", "0301"), ("0002", "0304"), ("0002", "0330"), ("0002", "0337"), ("6002", "0301")} <= pairs
    assert ("6004", "0333") in pairs and ("6005", "0143") in pairs


def test_one_monitoring_obligation_per_measured_source_with_all_its_substances(sample):
    (boiler,) = [o for o in sample.obligations if o.kind == "monitoring" and o.source_numbers == ("0002",)]
    assert codes(boiler.substances) == {"0301", "0304", "0330", "0337"}
    assert (boiler.frequency, boiler.rrule) == ("quarterly", "FREQ=MONTHLY;INTERVAL=3")
    assert not [o for o in sample.obligations if o.kind == "monitoring" and o.source_numbers == ("6001",)]


def test_air_and_soil_monitoring_points_and_limits(sample):
    by_point = {o.point: o for o in sample.obligations if o.kind == "monitoring" and o.point}
    assert {"т.1", "т.2", "Кт.1", "Кт.2"} <= set(by_point)
    assert codes(by_point["т.1"].substances) == {"2908", "0301"}
    assert by_point["т.1"].actor == "Аккредитованная лаборатория"
    assert (
        codes(by_point["Кт.2"].substances) == {"Pb", "Cd", "Zn", "Cu"}
        and by_point["Кт.2"].frequency == "yearly"
    )
    limits = {(x.point, x.substance.symbol, x.limit, x.unit, x.medium) for x in sample.limits}
    assert limits == {("Кт.1", "Pb", 32.0, "mg/kg", "soil"), ("Кт.2", "Pb", 32.0, "mg/kg", "soil")}


def test_quarterly_report_with_its_deadline_and_three_day_notice(sample):
    (report,) = [o for o in sample.obligations if o.kind == "reporting" and o.frequency == "quarterly"]
    assert report.deadline == "до первого числа второго месяца за отчетным кварталом"
    due = parse_deadline(report.deadline).due_dates(2027)
    assert due == [dt.date(2027, 5, 1), dt.date(2027, 8, 1), dt.date(2027, 11, 1), dt.date(2028, 2, 1)]
    notices = [o for o in sample.obligations if o.deadline and "трех рабочих дней" in o.deadline]
    assert notices and notices[0].actor == "оператор объекта"
    inspections = [o for o in sample.obligations if o.kind == "inspection"]
    assert [o.frequency for o in inspections] == ["quarterly"]


def test_every_item_carries_provenance(sample):
    for item in [*sample.sources, *sample.emissions, *sample.wastes, *sample.limits, *sample.obligations]:
        assert item.provenance.block is not None
    assert len({o.id for o in sample.obligations}) == len(sample.obligations)
    assert sample.warnings == ()


def test_declared_source_count_that_disagrees_with_the_tables_is_a_warning(tmp_path):
    doc = new_docx()
    doc.add_paragraph("Программа производственного экологического контроля")
    doc.add_paragraph("Таблица 3. Общие сведения об источниках выбросов")
    t3 = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ["№", "Наименование показателей", "Всего"],
            ["1", "Количество стационарных источников выбросов, всего", "5"],
            ["2", "Организованных", "1"],
        ]
    ):
        for k, text in enumerate(row):
            t3.cell(r, k).text = text
    doc.add_paragraph(
        "Таблица 5. Сведения об источниках выбросов, на которых мониторинг осуществляется расчетным методом"
    )
    t5 = doc.add_table(rows=4, cols=3)
    for r, row in enumerate(
        [
            ["№", "Источник выброса номер", "Наименование загрязняющих веществ"],
            ["1", "0001", "Углерод оксид"],
            ["2", "6001", "Пыль неорганическая: 70-20% двуокиси кремния"],
            ["3", "6002", "Сероводород"],
        ]
    ):
        for k, text in enumerate(row):
            t5.cell(r, k).text = text
    path = tmp_path / "counts.docx"
    doc.save(path)
    result = extract_document(parse_file(path))
    assert result.document.kind == "pek_programme"
    messages = [w.message for w in result.warnings if w.code == "count_mismatch"]
    assert messages == ["the sources table declares 5 sources, the source tables list 3"]
