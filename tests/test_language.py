"""Language of texts and documents: ru, kk, vi, en.

Kazakh and Russian share the Cyrillic script; Kazakh is told by the letters only it uses. A
Russian sentence naming a Kazakh place (Ақтөбе, Жаңаөзен) is still Russian.
"""

from __future__ import annotations

import builders
import pytest

from extractor.nlp.language import detect
from extractor.reading import parse_file

RU = "Оператор обязан ежеквартально представлять отчёт о выполнении программы производственного контроля."
KK = (
    "Өндірістік экологиялық бақылау бағдарламасы жыл сайын бекітіледі, ал оның нәтижелері "
    "туралы есеп үш ай сайын уәкілетті органға ұсынылады."
)
VI = "Cơ sở phải thực hiện quan trắc nước thải định kỳ theo quy định của pháp luật về bảo vệ môi trường."
EN = (
    "The operator shall monitor emissions to air at every stationary source once per quarter "
    "and report the results to the competent authority."
)
RU_2 = "Отбор проб атмосферного воздуха проводится на границе санитарно-защитной зоны предприятия."


@pytest.mark.parametrize(
    ("text", "expected"),
    [(RU, "ru"), (KK, "kk"), (VI, "vi"), (EN, "en")],
    ids=["ru", "kk", "vi", "en"],
)
def test_language_of_a_sentence(text, expected):
    assert detect(text) == expected


def test_fixture_kazakh_sentence_uses_the_kazakh_letters():
    assert set("әғқңөұү") <= set(KK.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Предприятие расположено в Актюбинской области, в 15 км к югу от города Ақтөбе, на берегу реки Илек.",
        "Месторождение находится в 20 км от посёлка Жаңаөзен.",
        "Контрольные точки отбора проб расположены на границе санитарно-защитной зоны рудника "
        "у посёлка Қарағайлы.",
    ],
    ids=["aktobe", "zhanaozen", "karagaily"],
)
def test_russian_sentence_with_a_kazakh_place_name_stays_russian(text):
    assert detect(text) == "ru"


@pytest.mark.parametrize("text", ["", "12.05.2023", "№ 5", "-"], ids=["empty", "date", "number", "dash"])
def test_no_language_without_letters(text):
    assert detect(text) is None


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    path = builders.docx_paragraphs(tmp_path_factory.mktemp("lang"), "mixed.docx", [RU, KK, RU_2])
    return parse_file(path)


def test_every_block_has_its_language(mixed):
    assert [b.language for b in mixed.blocks] == ["ru", "kk", "ru"]


def test_document_language_is_the_largest_share(mixed):
    ru = len(RU) + len(RU_2)
    kk = len(KK)
    assert mixed.language == "ru"
    assert mixed.languages == {"ru": round(ru / (ru + kk), 3), "kk": round(kk / (ru + kk), 3)}


def test_vietnamese_document(tmp_path):
    doc = parse_file(
        builders.write_text(tmp_path, "vi.txt", VI + "\n" + "Điều 3. Nguyên tắc bảo vệ môi trường\n")
    )
    assert doc.language == "vi"
    assert set(doc.languages) == {"vi"}
    assert [b.language for b in doc.blocks] == ["vi", "vi"]
