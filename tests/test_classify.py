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


def test_a_kazakh_permit_that_names_itself_last_is_a_permit_whatever_plan_it_carries():
    text = "\n\n".join(
        [
            "II санаттағы объектіге арналған әсер етуге экологиялық рұқсат",
            "Рұқсат «Дала Жылу» МКК кәсіпорнына, № 2 қазандық объектісіне берілді.",
            "Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
            "№\tІс-шара\tОрындау мерзімі\tЖауапты",
            "1\tКүл үйіндісін суару жүйесін жөндеу\t2026 ж. II тоқсан\tбас механик",
            "2\tШаң ұстағыштарды ауыстыру\t2026 ж. III тоқсан\tбас энергетик",
        ]
    )
    assert kind_of(text) == "permit"


def test_a_programme_titled_by_its_abbreviation_is_a_programme_and_a_report_on_it_is_not():
    assert kind_of("Программа ПЭК ТОО «Дала Құс». Раздел 5. Отходы производства и потребления\n\nОтходы накапливаются на площадке.") == "pek_programme"
    assert kind_of("«Дала Құс» ЖШС ӨЭБ бағдарламасы. 5-бөлім. Қалдықтар\n\nҚалдықтар алаңда жинақталады.") == "pek_programme"
    assert kind_of("Отчет о выполнении программы ПЭК за 2025 год. ТОО «Дала Құс»\n\nЗамеры выполнены лабораторией.") != "pek_programme"
    assert kind_of("«Дала Құс» ЖШС. ӨЭБ бағдарламасының 2025 жылғы орындалуы туралы есеп\n\nӨлшеулерді зертхана орындады.") != "pek_programme"
