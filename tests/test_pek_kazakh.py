"""A ПЭК programme written in Kazakh: the same form, the same extraction.

Kazakh programmes keep the tables of order No. 250 with Kazakh headers (ҚАТО, БСН, ЭҚЖЖ,
қалдық коды, шығарынды көзі нөмірі, бақылау кезеңділігі) and name substances in Kazakh.
"""

from __future__ import annotations

import pytest
from conftest import source_pollutants
from docx import Document as new_docx

from extractor.extraction import extract_document
from extractor.reading import parse_file

TABLES = [
    ("1-кесте. Кәсіпорын туралы жалпы мәліметтер", [
        ["Өндірістік объектінің атауы", "ҚАТО коды бойынша орналасқан жері", "Орналасқан жері, координаттары",
         "Бизнес-сәйкестендіру нөмірі (БСН)", "Экономикалық қызмет түрлерінің жалпы жіктеуіші (ЭҚЖЖ)",
         "Санаты және жобалық қуаты"],
        ["1", "2", "3", "4", "5", "6"],
        ["«Сарыарқа» әк зауыты", "351010000", "49.8047:73.1094", "230540001240", "23520", "II санат"],
    ]),
    ("2-кесте. Өндіріс және тұтыну қалдықтары туралы ақпарат", [
        ["Қалдықтың түрі", "Қалдықтар жіктеуішіне сәйкес қалдық коды", "Қалдыққа қолданылатын операция түрі"],
        ["1", "2", "3"],
        ["Қолданылған аккумуляторлар", "16 06 01*", "Шарт бойынша мамандандырылған ұйымға беріледі"],
        ["Қатты тұрмыстық қалдықтар", "20 03 01", "Полигонға шығарылады"],
    ]),
    ("4-кесте. Аспаптық өлшеулер арқылы мониторинг жүргізілетін шығарынды көздері туралы мәліметтер", [
        ["Алаңның атауы", "Шығарынды көзінің атауы", "Шығарынды көзінің нөмірі", "Орналасқан жері (координаттары)",
         "Ластаушы заттардың атауы", "Аспаптық өлшеулердің кезеңділігі"],
        ["1", "2", "3", "4", "5", "6"],
        ["Күйдіру цехы", "Пештің түтін құбыры", "0001", "49.8051:73.1102",
         "Азот диоксиді Күкірт диоксиді Көміртегі оксиді", "тоқсанына 1 рет"],
    ]),
    ("8-кесте. Атмосфералық ауаның жай-күйін бақылау кестесі", [
        ["Бақылау нүктесінің (бекеттің) №", "Бақыланатын зат", "Бақылау кезеңділігі", "Бақылауды кім жүзеге асырады"],
        ["1", "2", "3", "4"],
        ["т.1", "Азот диоксиді", "тоқсанына 1 рет", "Аккредиттелген зертхана"],
    ]),
]
TEXT = [
    "ӨНДІРІСТІК ЭКОЛОГИЯЛЫҚ БАҚЫЛАУ БАҒДАРЛАМАСЫ 2027 жылға",
    "Өндірістік экологиялық бақылау бағдарламасын орындау туралы есеп тоқсан сайын есепті тоқсаннан кейінгі "
    "екінші айдың бірінші күніне дейін уәкілетті органның ақпараттық жүйесіне ұсынылады.",
]


@pytest.fixture(scope="module")
def extraction(tmp_path_factory):
    doc = new_docx()
    for text in TEXT:
        doc.add_paragraph(text)
    for caption, rows in TABLES:
        doc.add_paragraph(caption)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for k, text in enumerate(row):
                table.cell(r, k).text = text
    path = tmp_path_factory.mktemp("kk") / "bagdarlama.docx"
    doc.save(path)
    return extract_document(parse_file(path))


def test_kazakh_programme_is_a_programme_in_kazakh(extraction):
    assert extraction.document.kind == "pek_programme"
    assert extraction.document.language == "kk"
    assert extraction.document.year == 2027


def test_kazakh_facility_table(extraction):
    (facility,) = extraction.facilities
    assert (facility.bin, facility.kato, facility.oked, facility.category) == ("230540001240", "351010000", "23520", "II")
    assert facility.lat == pytest.approx(49.8047)


def test_kazakh_wastes_and_sources(extraction):
    assert {w.code for w in extraction.wastes if w.code} == {"16 06 01*", "20 03 01"}
    (source,) = extraction.sources
    assert (source.number, source.type, source.monitoring) == ("0001", "organized", "instrumental")
    assert source_pollutants(extraction) == {("0001", "0301"), ("0001", "0330"), ("0001", "0337")}
    assert not extraction.emissions  # the plan measures them; it states no figures


def test_kazakh_monitoring_and_report(extraction):
    monitoring = {o.point or o.source_numbers[0]: o for o in extraction.obligations if o.kind == "monitoring"}
    assert monitoring["0001"].frequency == "quarterly"
    assert {s.code for s in monitoring["т.1"].substances} == {"0301"}
    assert monitoring["т.1"].actor == "Аккредиттелген зертхана"
    (report,) = [o for o in extraction.obligations if o.kind == "reporting"]
    assert report.frequency == "quarterly"
    assert report.due_dates == ("2027-05-01", "2027-08-01", "2027-11-01", "2028-02-01")
