"""Document kinds from vocabulary and structure: one test per confusion found."""

from __future__ import annotations

from extractor.classify import classify
from extractor.reading import parse_bytes
from extractor.settings import Settings

SETTINGS = Settings(time_limit_s=0)


def kind_of(text: str) -> str:
    return classify_text(text).kind


def classify_text(text: str):
    return classify(parse_bytes(text.encode("utf-8"), "doc.txt", SETTINGS))


def test_a_programme_whose_tables_were_flattened_is_still_a_programme():
    # Rules of the operator followed by the programme, as a text dump: a "Порядок …" heading near the
    # top, no table left, but the subject matter of a programme throughout.
    text = "\n\n".join(
        [
            "ПРОГРАММА ПРОИЗВОДСТВЕННОГО ЭКОЛОГИЧЕСКОГО КОНТРОЛЯ",
            "Порядок организации внутренних проверок",
            "1. Операционный мониторинг включает наблюдение за параметрами технологического процесса.",
            "2. Мониторинг эмиссий проводится на источниках выбросов инструментальным методом.",
            "3. Мониторинг воздействия ведется в контрольных точках на границе санитарно-защитной зоны.",
            "4. Отходы учитываются по коду отхода классификатора.",
            "Основание: Экологический кодекс Республики Казахстан.",
        ]
    )
    found = classify_text(text)
    assert found.kind == "pek_programme"
    # Not by a hair: the "Порядок …" heading speaks for a regulation, the body for a programme.
    assert found.scores["pek_programme"] >= found.scores["regulation"] + 2


def test_rules_with_articles_stay_a_regulation_even_about_monitoring():
    articles = "\n\n".join(
        f"Статья {n}. Требования к мониторингу эмиссий\n\nОператор обязан вести мониторинг эмиссий на источниках выбросов."
        for n in range(1, 8)
    )
    text = "ПРАВИЛА проведения производственного экологического контроля\n\n" + articles
    assert kind_of(text) == "regulation"
