"""The spaCy layer: blank pipelines per language with the project's entities, built once per process."""

from __future__ import annotations

import pytest

from extractor.nlp.pipeline import entities, lemmas, pipeline


def found(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(e.label, e.reference) for e in entities(text, lang)}


def test_pipelines_are_built_once_per_language():
    assert pipeline("ru") is pipeline("ru")
    assert pipeline("vi") is not pipeline("ru")
    assert "lemmatizer" in pipeline("ru").pipe_names
    assert {"entity_ruler", "regdocs_finders"} <= set(pipeline("kk").pipe_names)


def test_russian_entities():
    text = ("Оператор ежеквартально до первого числа второго месяца за отчетным кварталом сообщает о выбросах "
            "диоксида азота от источника 0401, отходы 16 06 01* и 150202* передает по договору (п. 2 ст. 120 "
            "Водного кодекса).")
    assert found(text, "ru") == {
        ("FREQUENCY", "quarterly"), ("DEADLINE", "after_period"), ("SUBSTANCE", "0301"), ("SOURCE", None),
        ("WASTE_CODE", "16 06 01"), ("WASTE_CODE", "15 02 02"), ("LEGAL_REF", "120"),
    }


def test_kazakh_entities():
    assert found("Оператор тоқсанына 1 рет есеп береді (Экология кодексінің 182-бабы)", "kk") == {
        ("FREQUENCY", "quarterly"), ("LEGAL_REF", "182"),
    }


def test_vietnamese_entities():
    text = "Cơ sở phải quan trắc BOD5 và Amoni 03 tháng/lần theo khoản 2 Điều 46 Nghị định số 105/2015/NĐ-CP"
    assert {("SUBSTANCE", "BOD5"), ("FREQUENCY", "quarterly"), ("LEGAL_REF", "46")} <= found(text, "vi")


@pytest.mark.parametrize("text", ["Труба вентиляционного ствола", "1 раз в квартал", "электрод марки МР-3"])
def test_no_substance_in_ordinary_table_text(text):
    assert not [e for e in entities(text, "ru") if e.label == "SUBSTANCE"]


def test_russian_lemmas_come_from_pymorphy3():
    assert lemmas("выбросов диоксида азота") == ["выброс", "диоксид", "азот"]
