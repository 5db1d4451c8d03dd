"""Deontic modality and obliged subjects on sentences written for these tests (RU, KK, VI)."""

from __future__ import annotations

import unicodedata

import pytest

from extractor.nlp.deontic import action, actor, clauses, markers, modality, subject


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Russian
        ("ru", "Оператор объекта обязан вести журнал учета отходов.", "must"),
        ("ru", "Лаборатория должна хранить пробы не менее месяца.", "must"),
        ("ru", "Перед сбросом необходимо очистить сточные воды.", "must"),
        ("ru", "Журнал следует вести в электронной форме.", "must"),
        ("ru", "Для сброса требуется разрешение.", "must"),
        ("ru", "План подлежит согласованию с инспекцией.", "must"),
        ("ru", "Сжигание мусора на площадке запрещается.", "must_not"),
        ("ru", "Не допускается сброс неочищенных вод.", "must_not"),
        ("ru", "Хранение отходов на грунте не разрешается.", "must_not"),
        ("ru", "Оператор не должен превышать лимиты.", "must_not"),
        ("ru", "Оператор не вправе передавать отходы третьим лицам.", "must_not"),
        ("ru", "Оператор не имеет права скрывать аварии.", "must_not"),
        ("ru", "Концентрация не может превышать предельного значения.", "must_not"),
        ("ru", "Инспектор вправе запросить документы.", "may"),
        ("ru", "Заявитель имеет право обжаловать отказ.", "may"),
        ("ru", "Отбор проб может проводиться сторонней лабораторией.", "may"),
        ("ru", "Срок действия может быть продлен один раз.", "may"),
        ("ru", "Повторное использование воды допускается.", "may"),
        # negation: no longer an obligation
        ("ru", "Оператор не обязан согласовывать график.", None),
        ("ru", "Согласование графика не требуется.", None),
        # `может` of possibility, `следует` of inference: no modality
        ("ru", "Авария может привести к загрязнению реки.", None),
        ("ru", "Как следует из таблицы, выбросы снизились.", None),
        ("ru", "Площадка расположена у реки.", None),
        # a relative clause describes a noun, it obliges no one
        ("ru", "Журнал содержит сведения, которые должны храниться пять лет.", None),
        # Kazakh
        ("kk", "Оператор журнал жүргізуге міндетті.", "must"),
        ("kk", "Бағдарлама уәкілетті органмен келісілуі тиіс.", "must"),
        ("kk", "Сынаманы зертханаға жеткізу қажет.", "must"),
        ("kk", "Қалдықтарды өртеуге тыйым салынады.", "must_not"),
        ("kk", "Тазартылмаған суды ағызуға жол берілмейді.", "must_not"),
        ("kk", "Сарқынды су шектен асуға тиіс емес.", "must_not"),
        ("kk", "Инспектор құжаттарды сұратуға құқылы.", "may"),
        ("kk", "Суды қайта пайдалануға болады.", "may"),
        ("kk", "Оператор кестені келісуге міндетті емес.", None),
        ("kk", "Міндетті экологиялық сараптама жүргізіледі.", None),
        ("kk", "Жоба келесі жылы аяқталады.", None),
        # Vietnamese
        ("vi", "Chủ cơ sở phải lắp đặt thiết bị quan trắc tự động.", "must"),
        ("vi", "Phòng thí nghiệm có trách nhiệm lưu mẫu.", "must"),
        ("vi", "Sở Tài nguyên chịu trách nhiệm hướng dẫn thực hiện.", "must"),
        ("vi", "Doanh nghiệp có nghĩa vụ nộp phí.", "must"),
        ("vi", "Kho chứa cần có mái che.", "must"),
        ("vi", "Nghiêm cấm xả chất thải chưa xử lý ra sông.", "must_not"),
        ("vi", "Tổ chức không được chôn lấp chất thải nguy hại.", "must_not"),
        ("vi", "Cá nhân không có quyền thay đổi số liệu.", "must_not"),
        ("vi", "Chủ dự án có quyền đề nghị xem xét lại.", "may"),
        ("vi", "Tổ chức, cá nhân được phép sử dụng số liệu công bố.", "may"),
        ("vi", "Doanh nghiệp được sử dụng số liệu quan trắc của mình.", "may"),
        # the passive `được` is no permission
        ("vi", "Giấy phép được cấp trong thời hạn mười ngày.", None),
        ("vi", "Phương pháp đo được quy định tại Phụ lục.", None),
        ("vi", "Trong văn bản này, các từ ngữ sau được hiểu như sau:", None),
        ("vi", "Cán bộ được giao nhiệm vụ lập biên bản.", None),
        ("vi", "Kế hoạch đã được phê duyệt.", None),
        ("vi", "Tổ chức được Nhà nước giao đất để xây dựng kho.", None),
        ("vi", "Chủ dự án được miễn quan trắc định kỳ.", None),
        ("vi", "Cơ sở được cấp giấy phép phải quan trắc định kỳ.", "must"),
        # negation, condition, relative clause, defined subject
        ("vi", "Đơn vị không phải nộp báo cáo.", None),
        ("vi", "Những mẫu cần làm lạnh thì đặt vào thùng đá.", None),
        ("vi", "Đoàn công tác xác định các chỉ tiêu cần đo.", None),
        ("vi", "Chỉ tiêu cần đo nhanh là chỉ tiêu nêu tại Phụ lục.", None),
    ],
)
def test_modality(lang: str, text: str, expected: str | None) -> None:
    assert modality(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Оператор объекта обязан вести журнал.", "Оператор объекта"),
        (
            "ru",
            "Операторы объектов I и II категорий обязаны проводить замеры.",
            "Операторы объектов I и II категорий",
        ),
        ("ru", "Оператор объекта, указанный в пункте 2, обязан вести журнал.", "Оператор объекта"),
        ("ru", "Местные исполнительные органы вправе устанавливать тарифы.", "Местные исполнительные органы"),
        (
            "ru",
            "Если оператор не сдал отчет, уполномоченный орган вправе назначить проверку.",
            "уполномоченный орган",
        ),
        ("ru", "При выполнении замеров лаборатория обязана вести протокол.", "лаборатория"),
        ("ru", "Физические и юридические лица обязаны соблюдать правила.", "Физические и юридические лица"),
        ("ru", "Отчет, подготовленный оператором, должен быть подписан.", None),
        ("ru", "Сведения в уполномоченный орган должны направляться ежегодно.", None),
        ("ru", "Журнал следует вести в электронной форме.", None),
        ("ru", "Оператор, который эксплуатирует котельную, обязан вести журнал.", "Оператор"),
        ("kk", "Оператор журнал жүргізуге міндетті.", "Оператор"),
        (
            "kk",
            "I және II санаттағы объектілердің операторлары замерлер жүргізуге міндетті.",
            "I және II санаттағы объектілердің операторлары",
        ),
        ("kk", "Тексеру нәтижелері бойынша оператор есеп беруге міндетті.", "оператор"),
        ("kk", "Бағдарлама уәкілетті органмен келісілуі тиіс.", None),
        ("vi", "Cán bộ thu mẫu có trách nhiệm ghi nhãn mẫu.", "Cán bộ thu mẫu"),
        ("vi", "Đơn vị kiểm định phải lưu hồ sơ.", "Đơn vị kiểm định"),
        ("vi", "Cán bộ quan trắc quy định tại Điều 3 có trách nhiệm:", "Cán bộ quan trắc"),
        ("vi", "Đơn vị quan trắc khi nhận mẫu phải kiểm tra niêm phong.", "Đơn vị quan trắc"),
        ("vi", "Sau khi lấy mẫu, cán bộ hiện trường phải niêm phong.", "cán bộ hiện trường"),
        ("vi", "Trước khi gửi mẫu đến đơn vị phân tích, cần kiểm tra nhãn.", None),
        ("vi", "Kho chứa cần có mái che.", None),
    ],
)
def test_actor(lang: str, text: str, expected: str | None) -> None:
    assert actor(text, lang) == expected


def test_actor_of_a_permission_by_duoc_needs_an_obliged_subject() -> None:
    assert actor("Doanh nghiệp được sử dụng số liệu quan trắc.", "vi") == "Doanh nghiệp"
    assert modality("Số liệu được sử dụng cho báo cáo.", "vi") is None


def test_negation_is_part_of_the_marker() -> None:
    (found,) = markers("Tổ chức không được xả thải.", "vi")
    assert (found.text, found.modality) == ("không được", "must_not")
    assert markers("Оператор кестені келісуге міндетті емес.", "kk") == []


def test_obligation_outweighs_permission_and_first_strong_marker_wins() -> None:
    assert modality("Оператор вправе выбрать лабораторию, но обязан сообщить о выборе.", "ru") == "must"
    assert (
        modality("Запрещается сброс, за исключением случаев, когда необходимо тушение.", "ru") == "must_not"
    )


def test_decomposed_unicode_reads_like_composed() -> None:
    text = unicodedata.normalize("NFD", "Cán bộ thu mẫu có trách nhiệm ghi nhãn.")
    assert modality(text, "vi") == "must"
    assert actor(text, "vi") == "Cán bộ thu mẫu"


def test_unknown_language_has_no_modality() -> None:
    assert modality("The operator shall keep a log.", "en") is None
    assert modality("Оператор обязан вести журнал.", None) is None
    assert actor("Оператор обязан вести журнал.", "de") is None


def test_subject_of_a_lead_in_without_marker() -> None:
    assert subject("I және II санаттағы объектілердің операторлары:", "kk") == (
        "I және II санаттағы объектілердің операторлары"
    )
    assert subject("Trường hợp mưa lớn thì chọn một trong các cách sau:", "vi") is None


def test_action_words_follow_the_marker_or_precede_it_in_kazakh() -> None:
    assert action("Оператор обязан представлять отчет ежегодно.", "ru", 2) == "представлять отчет"
    assert action("Оператор жыл сайын есеп беруге міндетті.", "kk", 2) == "есеп беруге"


def test_clauses_do_not_split_at_abbreviations() -> None:
    text = "Согласно ст. 5 Кодекса оператор обязан. Далее: пункт"
    assert [text[a:b].strip() for a, b in clauses(text)] == [
        "Согласно ст. 5 Кодекса оператор обязан.",
        "Далее:",
        "пункт",
    ]
