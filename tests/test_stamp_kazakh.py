"""The e-document stamp in Kazakh (`Нөмірі: … Күні: …`) and in mixed forms gives the registration
number and date to the document metadata, as the Russian one (`Номер: … Дата: …`) does."""

from __future__ import annotations

import builders
import pytest
from docx import Document as new_docx

from extractor.extraction import extract_document
from extractor.parsers.boilerplate import is_stamp_line, stamp_number_and_date
from extractor.reading import parse_file


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Номер: KZ34VWF00054321 Дата: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Нөмірі: KZ34VWF00054321 Күні: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Нөмірі: KZ34VWF00054321", "Күні: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["НӨМІРІ: KZ34VWF00054321  КҮНІ: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Нөмір: KZ34VWF00054321 Күні: 1.9.2023"], ("KZ34VWF00054321", "2023-09-01")),
        (["Нөмірі / Номер: KZ34VWF00054321", "Күні / Дата: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Номер (Нөмірі): KZ34VWF00054321 Дата (Күні): 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Нөмірі: KZ34VWF00054321 Дата: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Номер: KZ34VWF00054321 Күні: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
        (["Тіркеу нөмірі: KZ34VWF00054321 Берілген күні: 21.09.2023"], ("KZ34VWF00054321", "2023-09-21")),
    ],
)
def test_number_and_date_of_a_stamp(texts, expected):
    assert stamp_number_and_date(texts) == expected


@pytest.mark.parametrize(
    "text",
    ["өтінімнің нөмірі KZ34VWF00054321 күні 21.09.2023", "заявка номер KZ34VWF00054321 дата 21.09.2023"],
)
def test_no_stamp_in_running_text(text):
    assert stamp_number_and_date([text]) == (None, None)


def test_an_impossible_date_is_no_date():
    assert stamp_number_and_date(["Нөмірі: KZ34VWF00054321 Күні: 45.13.2023"]) == ("KZ34VWF00054321", None)


@pytest.mark.parametrize(
    "line",
    [
        "Нөмірі: KZ34VWF00054321",
        "Күні: 21.09.2023",
        "Нөмірі / Номер: KZ34VWF00054321",
        "Номер: KZ34VWF00054321",
    ],
)
def test_kazakh_stamp_lines_open_a_stamp(line):
    assert is_stamp_line(line, starts_only=True)


def test_a_sentence_is_no_stamp_line():
    assert not is_stamp_line("күні: жұмыс басталған күн көрсетіледі", starts_only=True)


KAZAKH_TEXT = """Нөмірі: KZ56VWF00077788
Күні: 14.11.2023
Әсерге бағалау жүргізудің қамту саласын айқындау туралы қорытынды
Қарағанды облысы, Шет ауданы, карьерде құрылыс тасын өндіру жоспарланған.
"""


def test_kazakh_stamp_of_a_text_file_reaches_the_contract(tmp_path):
    doc = parse_file(builders.write_text(tmp_path, "kk.txt", KAZAKH_TEXT))
    assert (doc.metadata.number, doc.metadata.date) == ("KZ56VWF00077788", "2023-11-14")
    assert all("KZ56VWF00077788" not in b.text for b in doc.blocks)
    info = extract_document(doc).document
    assert (info.number, info.date) == ("KZ56VWF00077788", "2023-11-14")


def test_kazakh_stamp_in_a_docx_header(tmp_path):
    document = new_docx()
    document.sections[0].header.paragraphs[0].text = "Нөмірі: KZ90VWF00011122 Күні: 03.05.2024"
    document.add_paragraph("Өндірістік экологиялық бақылау бағдарламасы")
    document.add_paragraph("Бағдарлама жыл сайын бекітіледі және орындалады.")
    path = tmp_path / "stamped.docx"
    document.save(path)
    doc = parse_file(path)
    assert (doc.metadata.number, doc.metadata.date) == ("KZ90VWF00011122", "2024-05-03")
