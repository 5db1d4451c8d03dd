"""Regulation extractor: the development circular in three formats, and short regulations in
Russian (Статья / пункт / подпункт) and Kazakh (бап / тармақ / тармақша) written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import contract as c
from extractor.classify import Classification
from extractor.context import Collector, Context
from extractor.extraction import extract_document
from extractor.extractors import regulation
from extractor.reading import parse_file

CIRCULAR = "vi-circular-wastewater-inspection"
_CACHE: dict[str, c.Extraction] = {}

RU_LAW = """\
ЗАКОН О ПЛОЩАДКАХ ВРЕМЕННОГО ХРАНЕНИЯ

Статья 1. Основные понятия, используемые в настоящем Законе
В настоящем Законе используются следующие основные понятия:
1) площадка – участок, на котором должны храниться отходы;
2) журнал – документ учета партий.

Статья 2. Сфера действия настоящего Закона
1. Настоящий Закон распространяется на все площадки.
2. Владельцы площадок обязаны знать настоящий Закон.

Статья 3. Обязанности операторов
1. Оператор площадки обязан вести журнал учета партий.
2. Операторы площадок I и II категорий обязаны:
1) проводить замеры качества грунта ежеквартально;
2) представлять отчет в уполномоченный орган до 1 марта года, следующего за отчетным.
3. Оператор не обязан согласовывать графики вывоза.

Статья 4. Запреты и права
1. Запрещается сжигание отходов на открытых площадках.
2. Оператор не должен хранить отходы свыше 6 месяцев.
3. Уполномоченный орган вправе проводить внеплановые проверки площадок.
4. Уборка территории может привести к снижению пыления.

Статья 5. Вступление в силу
Настоящий Закон вступает в силу через десять дней после опубликования и должен быть опубликован.
"""

KK_LAW = """\
УАҚЫТША САҚТАУ АЛАҢДАРЫ ТУРАЛЫ ЗАҢ

1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар
Осы Заңда мынадай негізгі ұғымдар пайдаланылады:
1) алаң – қалдықтар сақталуға тиіс учаске;
2) журнал – партияларды есепке алу құжаты.

2-бап. Оператордың міндеттері
1. Оператор партияларды есепке алу журналын жүргізуге міндетті.
2. I және II санаттағы объектілердің операторлары:
1) топырақ сапасын тоқсан сайын өлшеуге;
2) уәкілетті органға жыл сайын есеп беруге міндетті.
3. Оператор кестелерді келісуге міндетті емес.

3-бап. Тыйымдар мен құқықтар
1. Қалдықтарды ашық алаңдарда өртеуге тыйым салынады.
2. Уәкілетті орган жоспардан тыс тексерулер жүргізуге құқылы.

4-бап. Осы Заңды қолданысқа енгізу тәртібі
Осы Заң ресми жарияланған күнінен кейін он күн өткен соң қолданысқа енгізіледі.
"""

RU_RULES = """\
Правила ведения журнала на площадках

Глава 1. Общие положения
1. Настоящие Правила определяют порядок ведения журнала.
2. В настоящих Правилах используются следующие понятия:
1) партия – отходы одного вида;
2) журнал – документ учета.

Глава 2. Порядок ведения журнала
3. Журнал ведется в электронной форме.
4. Записи вносятся ежедневно и должны содержать дату и массу партии.
4.1. Исправления в журнале не допускаются.
5. Сведения из журнала представляются в уполномоченный орган ежеквартально.
"""


def extracted(devset: Path, name: str) -> c.Extraction:
    if name not in _CACHE:
        _CACHE[name] = extract_document(parse_file(devset / name))
    return _CACHE[name]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def by_number(extraction: c.Extraction) -> dict[str | None, c.Obligation]:
    return {o.number: o for o in extraction.obligations}


# ------------------------------------------------------------------ the development circular


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_circular_articles_with_and_without_obligations(devset: Path, fmt: str) -> None:
    gold = json.loads((devset / "gold" / f"{CIRCULAR}.json").read_text(encoding="utf-8"))
    found = extracted(devset, f"{CIRCULAR}.{fmt}")
    articles = {o.article for o in found.obligations}
    assert found.document.kind == "regulation"
    assert articles == set(gold["articles_with_obligations"])
    assert not articles & set(gold["articles_without_obligations"])
    assert len(found.obligations) >= gold["obligations_min"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_circular_points_read_on_their_own(devset: Path, fmt: str) -> None:
    obligations = by_number(extracted(devset, f"{CIRCULAR}.{fmt}"))
    assert {"5.1", "6.1.a", "6.1.b", "6.2.a", "6.2.d", "11.3.a", "16.3", "23.2"} <= obligations.keys()
    assert "6.1" not in obligations  # a lead-in ending with ":" is carried by its points
    point = obligations["6.1.a"]
    assert point.article == "6"
    assert point.actor == "Cán bộ kiểm định nước thải"
    assert point.modality == "must"
    assert point.text.startswith("Cán bộ kiểm định nước thải") and "có trách nhiệm:" in point.text
    assert [r.article for r in point.legal_refs] == ["5"]
    assert obligations["6.2.c"].actor == "Đơn vị quản lý cán bộ kiểm định nước thải"
    assert obligations["11.3.a"].modality == "must_not"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_circular_actors_figures_and_provenance(devset: Path, fmt: str) -> None:
    found = extracted(devset, f"{CIRCULAR}.{fmt}")
    obligations = by_number(found)
    assert obligations["14.1"].actor == "Cán bộ thu mẫu"
    assert obligations["19.1"].actor == "Đơn vị kiểm định"
    assert obligations["16.3"].actor is None
    assert "5 ± 3 oC" in obligations["16.3"].text
    assert "15 m2" in obligations["20.1"].text
    assert "30 ngày" in obligations["19.4"].text  # a clause continues into the paragraph after it
    unnumbered = [o for o in found.obligations if o.number is None]
    assert {o.article for o in unnumbered} == {"15", "21"}
    for o in found.obligations:
        assert o.language == "vi"
        assert o.kind in c.OBLIGATION_KINDS and o.modality in c.MODALITIES
        assert o.provenance.block is not None
        assert (o.provenance.page is not None) == (fmt == "pdf")
    assert [o.id for o in found.obligations] == [f"o{i}" for i in range(1, len(found.obligations) + 1)]


# ------------------------------------------------------------------ regulations written for the tests


def test_russian_law(tmp_path: Path) -> None:
    found = extract_document(parse_file(write(tmp_path, "zakon.txt", RU_LAW)))
    assert found.document.kind == "regulation"
    obligations = by_number(found)
    assert set(obligations) == {"3.1", "3.2.1", "3.2.2", "4.1", "4.2", "4.3"}
    assert obligations["3.1"].actor == "Оператор площадки"
    first, second = obligations["3.2.1"], obligations["3.2.2"]
    assert first.actor == second.actor == "Операторы площадок I и II категорий"
    assert first.text.startswith("Операторы площадок I и II категорий обязаны: проводить")
    assert (first.kind, first.frequency, first.rrule) == (
        "monitoring",
        "quarterly",
        "FREQ=MONTHLY;INTERVAL=3",
    )
    assert (second.kind, second.deadline) == ("reporting", "до 1 марта года, следующего за отчетным")
    assert (obligations["4.1"].kind, obligations["4.1"].modality) == ("prohibition", "must_not")
    assert obligations["4.2"].modality == "must_not"
    assert (obligations["4.3"].modality, obligations["4.3"].actor) == ("may", "Уполномоченный орган")
    assert all(o.language == "ru" for o in found.obligations)


def test_kazakh_law(tmp_path: Path) -> None:
    found = extract_document(parse_file(write(tmp_path, "zan.txt", KK_LAW)))
    assert found.document.kind == "regulation"
    obligations = by_number(found)
    assert set(obligations) == {"2.1", "2.2.1", "2.2.2", "3.1", "3.2"}
    assert obligations["2.1"].actor == "Оператор"
    assert obligations["2.1"].kind == "requirement"  # `есепке алу` is record-keeping, not a report
    # the verb that closes the enumeration obliges every item of it
    first, second = obligations["2.2.1"], obligations["2.2.2"]
    assert first.modality == second.modality == "must"
    assert first.actor == second.actor == "I және II санаттағы объектілердің операторлары"
    assert (first.kind, first.frequency) == ("monitoring", "quarterly")
    assert (second.kind, second.frequency) == ("reporting", "yearly")
    assert obligations["3.1"].kind == "prohibition"
    assert (obligations["3.2"].modality, obligations["3.2"].kind) == ("may", "inspection")
    assert all(o.language == "kk" for o in found.obligations)


VI_CIRCULAR = """\
THÔNG TƯ
Quy định về quan trắc khí thải lò đốt

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định việc quan trắc khí thải lò đốt và được áp dụng trên toàn quốc.

Điều 2. Giải thích từ ngữ
Trong Thông tư này, các từ ngữ dưới đây được hiểu như sau:
1. Lò đốt là thiết bị phải có buồng đốt thứ cấp.

Điều 3. Trách nhiệm của chủ cơ sở
Chủ cơ sở có lò đốt có trách nhiệm:
a) Lắp đặt thiết bị quan trắc tự động;
b) Lưu số liệu quan trắc ít nhất 5 năm;
đ) Báo cáo kết quả quan trắc hằng quý.

Điều 4. Quyền của chủ cơ sở
1. Chủ cơ sở được sử dụng số liệu quan trắc của mình.
2. Số liệu quan trắc được công bố trên trang thông tin điện tử.
3. Không được tự ý tháo dỡ thiết bị quan trắc.

Điều 5. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày ký và các đơn vị phải thi hành.
"""


def test_vietnamese_circular_points_directly_under_an_article(tmp_path: Path) -> None:
    found = extract_document(parse_file(write(tmp_path, "thong-tu.txt", VI_CIRCULAR)))
    assert found.document.kind == "regulation"
    obligations = by_number(found)
    assert set(obligations) == {"3.a", "3.b", "3.đ", "4.1", "4.3"}
    assert {o.actor for o in found.obligations if o.article == "3"} == {"Chủ cơ sở có lò đốt"}
    assert obligations["3.đ"].text.startswith("Chủ cơ sở có lò đốt có trách nhiệm: Báo cáo")
    assert (obligations["3.đ"].kind, obligations["3.đ"].frequency) == ("reporting", "quarterly")
    assert (obligations["4.1"].modality, obligations["4.1"].actor) == ("may", "Chủ cơ sở")
    assert (obligations["4.3"].modality, obligations["4.3"].kind) == ("must_not", "prohibition")


def test_rules_numbered_without_articles(tmp_path: Path) -> None:
    """Rules numbered by пункт across chapters: numbers are the items' own, article None.

    The classifier calls such a short text `other` (it has no article headings and only weak
    title words), so the extractor is run on it directly.
    """
    doc = parse_file(write(tmp_path, "pravila.txt", RU_RULES))
    out = Collector()
    regulation.extract(Context(doc, Classification("regulation", {}, None, None, None)), out)
    obligations = {o.number: o for o in out.obligations}
    assert set(obligations) == {"4", "4.1", "5"}
    assert all(o.article is None for o in out.obligations)
    assert (obligations["4"].modality, obligations["4"].frequency) == ("must", "daily")
    assert obligations["4.1"].modality == "must_not"
    # no marker, but a frequency: presented each quarter is prescribed
    assert (obligations["5"].modality, obligations["5"].kind) == ("must", "reporting")


def test_only_a_verb_final_language_closes_a_list_with_its_verb(tmp_path: Path) -> None:
    """Russian items under a lead-in without a marker do not borrow the last item's marker."""
    text = (
        "Статья 7. Состав журнала\n"
        "1. Журнал содержит:\n"
        "1) перечень площадок;\n"
        "2) сведения о партиях, которые должны храниться пять лет;\n"
        "3) отметки о проверках, при этом оператор обязан их заверять.\n"
    )
    doc = parse_file(write(tmp_path, "zhurnal.txt", text))
    out = Collector()
    regulation.extract(Context(doc, Classification("regulation", {}, None, None, None)), out)
    assert [(o.number, o.actor) for o in out.obligations] == [("7.1.3", "оператор")]


def test_provisions_structure(tmp_path: Path) -> None:
    doc = parse_file(write(tmp_path, "zakon.txt", RU_LAW))
    provisions = {p.number: p for p in regulation.blocks_to_provisions(doc)}
    lead = provisions["3.2"]
    assert lead.is_lead_in and provisions["3.2.1"].leads == (lead.text,)
    assert provisions["1.1"].excluded and provisions["2.2"].excluded
    assert provisions["3.2.1"].tail == provisions["3.2.2"].text
