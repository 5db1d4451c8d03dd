"""Short texts — table cells, one-line task names, headings of a few words — in Kazakh are Kazakh
even with few of the letters only Kazakh uses, and short Russian texts stay Russian even when
they name a Kazakh place."""

from __future__ import annotations

import builders
import pytest

from extractor.nlp.language import SHORT_TEXT_WORDS, detect
from extractor.reading import parse_file

SHORT_KAZAKH = [
    "Есеп беру",
    "Жыл сайын",
    "Жылына бір рет",
    "Тоқсанына 1 рет",
    "Атмосфералық ауаны бақылау",
    "Жер асты суларының мониторингі",
    "Ластаушы заттардың шығарындылары",
    "Қалдықтарды есепке алу",
    "Жауапты орындаушы",
    "Орындау мерзімі",
    "Су сапасын тексеру",
    "Жұмыс жоспары",
    "Шаралар жоспарын бекіту",
    "Топырақ сынамаларын алу",
    "Кен орны бойынша есеп",
    "Өндірістік бақылау нәтижелері туралы есеп",
    "Жобаны әзірлеу және келісу",
    "Мониторинг жүргізу кестесі",
    "Санитариялық-қорғау аймағының шекарасы",
    "Шу деңгейін өлшеу",
    "Су объектілерін қорғау шаралары",
    "Қорытынды",
    "Ауа сапасы",
    "Есептер тапсыру",
    "Заттарды сақтау",
    "ЕСЕП БЕРУ МЕРЗІМІ",
]

SHORT_RUSSIAN = [
    "Отчет о выполнении программы",
    "Ежеквартально",
    "Ответственный исполнитель",
    "Срок исполнения",
    "Контроль качества атмосферного воздуха",
    "Мониторинг подземных вод",
    "Выбросы загрязняющих веществ",
    "Учет отходов производства",
    "План мероприятий",
    "Отбор проб почвы",
    "Промплощадка Ақбақай",
    "Месторождение Қашаған",
    "в районе г. Ақтөбе",
    "Рудник на территории Жаңаөзен",
    "ТОО «Жасыл Әлем»",
    "Граница санитарно-защитной зоны",
    "Измерение уровня шума",
    "Охрана водных объектов",
    "Выводы",
    "Разработка и согласование проекта",
    "1 раз в квартал",
    "Поселок Қарабұлақ, Жамбылская область",
    "Сброс сточных вод в реку Іле",
    "Хвостохранилище у поселка Көктал",
    "Нормативы допустимых выбросов",
    "Исполнитель: Сейітқали Қ.Б.",
    "ОБЩИЕ ПОЛОЖЕНИЯ",
]


@pytest.mark.parametrize("text", SHORT_KAZAKH)
def test_short_kazakh_text_is_kazakh(text):
    assert detect(text) == "kk"


@pytest.mark.parametrize("text", SHORT_RUSSIAN)
def test_short_russian_text_stays_russian(text):
    assert detect(text) == "ru"


def test_the_phrases_are_short():
    assert all(len(t.split()) <= SHORT_TEXT_WORDS for t in SHORT_KAZAKH + SHORT_RUSSIAN)
    assert len(SHORT_KAZAKH) >= 20 and len(SHORT_RUSSIAN) >= 20


def test_short_kazakh_cells_of_a_table_in_a_russian_document(tmp_path):
    paragraphs = [
        "Программа производственного экологического контроля предприятия на 2025 год.",
        "Есеп беру",
        "Отчет представляется в уполномоченный орган ежеквартально.",
        "Жыл сайын",
    ]
    doc = parse_file(builders.docx_paragraphs(tmp_path, "mixed.docx", paragraphs))
    assert [b.language for b in doc.blocks] == ["ru", "kk", "ru", "kk"]
