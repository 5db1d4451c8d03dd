"""What a table column holds, from the words of its header (RU, KK, VI, EN).

Extractors never rely on column positions: forms are re-typed, columns are
dropped or merged, and the same form comes in three languages. A column's
role is read from its joined header text; the first pattern that matches wins,
so the more specific patterns come first.
"""

from __future__ import annotations

import re

from extractor.model import Table

# (role, pattern) — patterns are matched against the lower-cased header text.
ROLES: list[tuple[str, str]] = [
    ("row_number", r"^(№|n|no\.?|#|stt|р/с|№\s*п/п|№п/п)$"),
    ("waste_code", r"код отход|қалдық.*код|mã chất thải|mã ctnh|waste code"),
    ("kato", r"\bкато\b|\bқато\b|\bәаож\b"),
    ("bin", r"\bбин\b|бизнес.идентификац|\bбсн\b|mã số thuế"),
    ("oked", r"\bокэд\b|экономической деятельности|\bэқжж\b"),
    ("category", r"категори|\bсанат"),
    ("requisites", r"реквизит|деректемелер"),
    ("coordinates", r"координат|местоположени|tọa độ|орналасқан жері"),
    ("waste_name", r"вид отход|наименование отход|қалдық\w*\s+(түрі|атауы)|tên chất thải|loại chất thải"),
    ("operation", r"вид операци|операци|xử lý|biện pháp"),
    ("amount", r"количеств.*(т|тонн)|объем.*(т|тонн)|khối lượng|мөлшері"),
    ("hazard_class", r"класс опасност|қауіптілік класы"),
    ("g_s", r"г/с|g/s"),
    ("t_y", r"т/год|t/y|т/жыл|tấn/năm"),
    (
        "source_number",
        r"(источник\w*|ист\.|көз\w*).*(номер|нөмір)|номер.*источник|^(номер|нөмірі)$|№\s*источник|№\s*ист\b|№\s*ист\."
        r"|\bиза\b|\bизав\b|ластау көз\w*\s*№|số hiệu nguồn",
    ),
    ("source_name", r"(источник\w*|көз\w*).*(наименовани|атауы)|^наименование$|наименование источника|tên nguồn"),
    ("substance_code", r"^код\s*(зв|з\.в\.|вещества|загрязняющ\w*\s+веществ\w*|ингредиента)$|^код\s+заттың|^зат\s+коды"),
    ("nmu_frequency", r"нму|неблагоприятн"),
    ("frequency", r"периодичн|частота|кезеңділі|tần suất"),
    ("responsible", r"ответственн\w* (исполнител|орган|лиц)|жауапты орындаушы|đơn vị chủ trì"),
    ("who", r"кем осуществля|исполнител|кім жүзеге|đơn vị thực hiện"),
    ("method", r"метод|методик|phương pháp|әдіс"),
    ("measured", r"фактическ|результат\w* (измерени|анализ|наблюдени)|измеренн\w* (значени|концентрац)|нақты|kết quả"),
    ("limit", r"пдк|предельно.допустим|норматив|qcvn|giới hạn|шекті"),
    (
        "point",
        r"контрольн\w* (точ|пост|створ)|точк\w* (отбора|наблюдени|контрол|замер|пробоотбор)|№\s*(точк|пост|скважин)"
        r"|номер\w* (точ|пост|скважин)|мест\w* отбора|пункт\w* (отбора|наблюдени|контрол)|наблюдательн\w* скважин"
        r"|створ|điểm quan trắc|vị trí|бақылау нүкте|сынама алу нүкте|^пост",
    ),
    (
        "substance",
        r"загрязняющ|(контролируем|определяем|наблюдаем|анализируем|измеряем)\w* (веществ|показател|параметр|компонент|элемент|ингредиент)"
        r"|ингредиент|веществ|thông số|chỉ tiêu|ластаушы|\bзат\w*|көрсеткіш\w*\s+атау",
    ),
    ("site", r"площадк|полигон|подразделени|объект|цех|участ|алаң|нысан|бөлімше"),
    ("capacity", r"мощност|производительност|қуаты|công suất"),
    ("material", r"сырь|материал"),
    ("task", r"мероприяти|наименование работ|задач|іс-шара|nội dung|công việc|hoạt động"),
    ("deadline", r"срок|мерзім|thời hạn|thời gian|deadline"),
    ("responsible", r"ответствен|жауапты|cơ quan|chủ trì|phối hợp|responsible"),
    ("name", r"наименовани|атауы|tên"),
]
_COMPILED = [(role, re.compile(p)) for role, p in ROLES]


def role_of(header: str) -> str | None:
    text = " ".join(header.lower().replace("ё", "е").split())
    if not text:
        return None
    for role, pattern in _COMPILED:
        if pattern.search(text):
            return role
    return None


def column_roles(table: Table) -> dict[str, int]:
    """role → column index; the first column of a role wins."""
    roles: dict[str, int] = {}
    for i, header in enumerate(table.header):
        role = role_of(header)
        if role and role not in roles:
            roles[role] = i
    return roles
