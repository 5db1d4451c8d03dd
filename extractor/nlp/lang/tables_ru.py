"""Russian: the words of table headers, captions and rows, by what they tell about a table.

Data only; `extractor.columns` and the table-role readers (`extractor.tables`) read it.
Patterns are regular-expression fragments matched with `re.search` against lower-cased
text with `ё` read as `е`; they carry no unnamed capturing groups. Every language module
`tables_<code>` has the same names; one that has nothing for a name leaves it out.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "ru"

COLUMN_WORDS: Final = {
    "price": (r"\bцен[аы]\b", r"стоимост", r"\bтенге\b", r"\bруб(?:\.|л)", r"\b(?:без|с|вкл\w*)\s+ндс\b"),
    "year": (r"^год\b", r"\bгод достижения", r"^(?:декларируем|отчетн|расчетн|плановы)\w*\s+год$"),
    "per_year": (
        r"(?:кратност|периодичн)\w*\s+(?:контрол|отбор|замер|измерен)\w*.*раз\w*\s+в\s+год",  # `Кратность контроля, раз в год | 4`
        r"(?:количеств\w*|число\w*|кол-?во)\s+(?:замер|отбор|измерен|проб|анализ|провер|обход|осмотр)\w*.*(?:в\s+год|/\s*год)",
        r"^(?:замер|отбор|измерен|проб|анализ|провер|обход|осмотр)\w*\s+(?:в\s+год|/\s*год)",  # `Отборов в год`
    ),
    "latitude": (r"широт",),
    "longitude": (r"долгот",),
    "row_number": (r"^(?:№|№\s*п/п|№п/п|n|п/п)$", r"^пункт$"),  # `Пункт | Требование`: the clause's number
    "waste_code": (r"код\w* отход", r"шифр\w* отход", r"код\w* по (?:классификатор|каталог)(?!\w*\s+административно)"),
    "kato": (r"\bкато\b", r"классификатор\w*\s+административно.территориальн"),
    "bin": (r"\bбин\b", r"бизнес.идентификац", r"\bиин\b/?\s*\bбин\b"),
    "oked": (r"\bокэд\b", r"экономической деятельности"),
    "category": (r"категори", r"(?<![^\W\d_])кат\.?$"),
    "requisites": (r"реквизит",),
    "coordinates": (r"координат", r"местоположени", r"местонахождени", r"мест\w*\s+нахождени", r"\(wgs\W?84\)"),
    "waste_name": (r"вид\w* отход", r"^вид\w* потерь", r"наименовани\w* (?:[^\W\d_]+\s+)?отход", r"отход\w*\s*\(?наименовани", r"^отход\w*$"),
    "operation": (r"вид\w* операци", r"операци", r"способ\w* (?:обращ|удалени|утилизаци|размещени)"),
    "amount": (
        r"количеств.*(?:\bт\b|тонн|кг)",
        r"объ[её]м.*(?:\bт\b|тонн|кг)",
        r"масс\w*.*(?:\bт\b|тонн)",
        r"^образовани\w*,?\s*(?:\bт\b|тонн|кг)",
        r"^образован[оы]\b",
        r"^количество$",
        r"^(?:количество|кол-во)\s+образовани",
        r"^(?:количество|кол-во|объ[её]м)\s+(?:в|за|на)\s+год$",
        r"^(?:количество|кол-во|объ[её]м)\s+(?:образовани\w*\s+)?(?:в|за|на)\s+(?:19|20)\d\d\s*(?:г\.?|год\w*)?$",  # `Количество на 2026 г.`
        r"^(?:ориентировочн|предполагаем|планируем|прогнозн)\w*\s+(?:объ[её]м|количеств|масс)",
    ),
    "hazard_class": (r"класс\w* опасност", r"класс\w* опасн\.", r"^класс$", r"^кл\.\s*(?:оп\.?|опасн)"),
    "g_s": (r"г/с\b", r"г/сек"),
    "t_y": (r"выброс\w*.*кг/год", r"выброс\w*.*(?:,\s*т\.?$|\(т\)$)", r"т/год", r"т/г\b", r"тонн\w*/год", r"т/период", r"т/сезон", r"выброс\w*\s+за\s+(?:весь\s+)?период\w*.*(?:,\s*т\.?$|\(т\)|тонн)", r"(?:,\s*т\.?|\(т\)|тонн\w*)\s+(?:за\s+)?год$", r"(?:всего\s+)?выброшено\s+в\s+атмосфер", r"выброс\w*.*\bгод\w*,\s*(?:т|тонн\w*)\.?$", r"^(?:выброс\w*|валов\w+\s+выброс\w*)\s+за\s+год$", r"^годов\w+\s+выброс\w*$"),
    "source_number": (
        r"^(?!.*точк)(?:.*)(?:источник\w*|ист\.).*(?:номер|№)",  # not a column of sources and points
        r"номер.*источник",
        r"^(?:номер|№ источника)$",
        r"^(?!.*точк).*№\s*источник",
        r"№\s*ист\b",
        r"№\s*ист\.",
        r"^(?!.*точк).*\bиза\b",
        r"\bизав\b",
    ),
    "source_name": (r"источник\w*.*наименовани", r"^наименование$", r"наименование источника"),
    "substance_code": (
        r"^код\s*(?:зв|з\.в\.|вещества|загрязняющ\w*\s+веществ\w*|ингредиента|в-ва)$",
        r"^код$",
    ),
    "nmu_frequency": (r"нму", r"неблагоприятн"),
    "frequency": (r"периодичн", r"частота", r"кратност(?!\w*\s+(?:(?:к|по\s+отношению\s+к)\s+)?(?:пдк|превышени|норматив|обув|дк))"),
    "responsible_strict": (r"ответственн\w* (?:исполнител|орган|лиц)",),
    "who": (r"кем осуществля", r"(?<!\()исполнител", r"^проверяющ\w*$", r"^(?:кто\s+)?(?:проверя|осматрива|контролиру)(?:ет|ют)$", r"^кто (?:проверяет|проводит)", r"^кому$", r"^(?:кто\s+)?(?:выполня|осуществля)(?:ет|ют)$", r"^(?:ведущ\w+\s+)?аудитор\w*$", r"^руководител\w*\s+(?:аудиторск\w*\s+)?групп\w*$"),
    "method": (r"метод", r"методик"),
    "record": (r"^форм\w*\s+(?:фиксаци|регистраци|записи)", r"^способ\w*\s+фиксаци"),  # `Форма фиксации`: where a check is written down
    "indicator": (
        r"^[cс]\s*/\s*(?:пдк|дк|обув)",  # `C/ПДК`: the result divided by its norm
        r"^(?:вклад|дол[яи])\b.*%",  # `Вклад в валовый выброс вещества, %`: a share, no substance and no rate
        r"^кратност\w*\s+(?:к\s+)?(?:пдк|дк)",  # `C/ПДК`: the result divided by its norm
        r"(?<![^\W\d_])дол(?:и|я|ей)\s+(?:пдк|дк|норматив)",  # `Макс., доли ПДК`: the result as a share of the norm
        r"лимитирующ\w* (?:показател|признак)",
        r"кратност\w* превышени",
        r"превышени\w* (?:пдк|дк|норматив)",
        r"(?:выше|сверх)\s+(?:пдк|дк|пдв|ндс|норматив)",  # `Часовых значений выше ДК`: a count, no norm
        r"(?:час\w*|дн\w*|сут\w*|значени\w*|случа\w*)\s+(?:\w+\s+)?(?:выше|сверх)\b",
        r"(?:число|количество)\s+(?:\w+\s+)?превышени",
    ),
    "measured": (
        r"^содержание\b.*(?:мк?г|mg)",
        r"фактическ",
        r"результат\w* (?:измерени|анализ|наблюдени|замер|мониторинг)",
        r"измеренн\w* (?:значени|концентрац)",
        r"^результат",
        r"^факт\.?(?:,\s*(?:мк?г|г|т|mg)\S*)?$",  # `Факт, мг/Нм³`
        r"^факт\.\s*(?:концентрац|содержани|значени)",
        r"^факт\.?\s*\(",  # `Факт. (прот. № 13 от 15.09.2025)`: the figures a protocol measured
        r"^факт\.?\s*(?:за\s+)?(?:19|20)\d\d(?:\s*г(?:\.|од\w*)?)?$",  # `факт 2025 г.`: the year's figures measured
        r"^наибольш\w* (?:концентрац|среднесуточн|разов|значени)",  # the year's greatest of the samples
    ),
    "limit": (
        r"пдк",
        r"критери\w* (?:приемлем|соответстви)",  # `Критерий приемлемости`: the norm a qualification sets
        r"предельно.допустим",
        r"норматив",
        r"qcvn",
        r"допустим\w* (?:концентрац|значени|уров|содержани)",
        r"\bобув\b",
        r"(?<![^\W\d_])дк(?![^\W\d_]).*мг/",
        r"\bпду\b",
        r"\bндс\b",
        r"(?<![^\W\d_])дс(?![^\W\d_])",  # `ДС, мг/дм3`: the allowed discharge concentration
        r"^дк\b",  # `ДК (допуст. конц.)` as a row's label
        r"допуст\.\s*конц",
        r"предельн\w* (?:значени|величин)",
        r"технологическ\w* показател",
        r"показател\w* ндт",  # `Показатель НДТ, мг/Нм3`: the range a best available technique sets
        r"\bлимит",
    ),
    "point": (
        r"контрольн\w* (?:точ|пост|створ)",
        r"(?:источник|иза)\w*\s*[/,]\s*точк|точк\w*\s*[/,]\s*(?:источник|иза)",
        r"точк\w* (?:отбора|наблюдени|контрол|замер|пробоотбор)",
        r"№\s*(?:точк|пост|скважин)",
        r"^пункт\w*\s*№",
        r"номер\w* (?:точ|пост|скважин|выпуск)",
        r"^№?\s*выпуск\w*$",
        r"(?:шифр|код|обозначени)\w* (?:точ|пост|скважин)",
        r"мест\w* (?:отбора|наблюдени|контрол|замер|размещени\w* точ)",
        r"пункт\w* (?:отбора|наблюдени|контрол)",
        r"район\w* (?:отбора|наблюдени)",  # rings or areas around a pier, each a group of stations
        r"наблюдательн\w* скважин",
        r"станци\w* (?:отбора|наблюдени|мониторинг)",
        r"^скважин\w*$",
        r"створ",
        r"^пост(?:ы|а|ов)?\b",
        r"^точк",
    ),
    "unit": (r"^ед(?:\.|иниц\w*)?\s*изм\w*\.?$", r"единиц\w* измерени", r"^ед\.\s*изм"),
    "substance": (
        r"загрязняющ",
        r"(?<![^\W\d_])зв(?![^\W\d_])",
        r"(?:контролируем|определяем|наблюдаем|анализируем|измеряем|нормируем)\w* (?:веществ|показател|параметр|компонент|элемент|ингредиент)",
        r"ингредиент",
        r"веществ",
        r"^показател\w*$",
        r"^параметр\w*$",
        r"^компонент(?!\w*\s+(?:окружающ|природн|тоб|групп))",
        r"^элемент",
    ),
    "site": (r"площадк", r"полигон", r"подразделени", r"(?<!оператора )(?<!оператор )(?<!водный )объект(?!\w*\s+оператор)", r"цех", r"участ(?:ок|к)", r"^мест[оа]\s+(?:хранени|размещени|накоплени|установк)"),
    "subject": (r"(?:содержание|предмет|вопрос)\w*\s+(?:внутренн\w+\s+)?провер", r"^что проверя", r"^проверк[аи]$", r"контролируем\w* аспект", r"^аспект", r"вид\w* (?:провер|осмотр)", r"вид\w* (?:оценк|аудит)"),
    "capacity": (r"мощност", r"производительност"),
    "capacity_strict": (r"^(?:проектн\w* |производственн\w* )?мощност(?!\w*\s+(?:выброс|сброс|источник))", r"производительност"),
    "material": (r"сырь", r"материал"),
    "task": (
        r"мероприяти",
        r"^требовани\w*\s+(?:об|по|к)\s+устранени",  # `Требование об устранении нарушения` beside the violation found
        r"^(?:что\s+)?требуется(?:\s+выполнить|\s+сделать)?$",  # `Выявленное нарушение | Требуется | Срок исполнения`
        r"наименование работ",
        r"задач",
        r"содержание работ",
        r"принят\w* решени",
        r"требовани\w* (?:предписани|представлени|акта|заключени)",
        r"^(?:содержание )?требовани\w*$",
        r"^меры по (?:устранени|исполнени|выполнени)",
        r"(?:рекомендуем|корректирующ|предупреждающ)\w* (?:действи|мер)",  # an FMEA's actions
        r"^что$",  # `Предложено (кому, что, срок)`
        r"^(?:содержание )?поручени\w*$",  # a meeting's minutes: `Поручение | Срок исполнения | Контроль`
        r"^обязательств[оа]$",  # an agreement's work programme: `Обязательство | Срок исполнения`
    ),
    "deadline": (r"срок(?!\w*\s+(?:действи|годност|службы|эксплуатаци))",),  # not `Срок действия`: how long a certificate holds
    "responsible": (r"ответствен", r"участник(?!\w*\s+(?:индустриальн|промышленн|особ|специальн|свободн))", r"^отв\.?(?:\s+(?:лицо|исполнитель))?$"),
    "address": (r"адрес",),
    "operator": (
        r"^оператор",
        r"^участник\w*\s+(?:индустриальн|промышленн|особ|специальн|свободн)\w*\s+(?:экономическ\w+\s+)?(?:зон|парк)",  # the zone's tenant
        r"^инициатор",
        r"(?<![^\W\d_])балансодержател",  # the body whose books carry the object (a burial ground, a dam)
        r"\(оператор\)",
        r"(?:сведения|данные|информация)\s+об?\s+оператор",
        r"природопользовател",
        r"^(?:водо|недро|земле)пользовател",  # the holder of a permit to use water, subsoil, land
        r"наименовани\w* (?:организаци|юридического лица|оператора|природопользовател)",
        r"владел",
        r"^лицензиат",  # the holder of a licence, in a register of licences
    ),
    "name": (r"наименовани",),
}
"""Column role → header patterns. `extractor.columns.ORDER` says which role wins when several match."""

KEY_VALUE_HEADERS: Final = (
    r"^показател\w*$",
    r"наименовани\w* показател",
    r"^значени\w*$",
    r"^сведени\w*$",
    r"^характеристик\w*$",
    r"^информаци\w*$",
    r"^параметр$",
    r"^описани\w*$",
)
"""Header words of a two-column card: `Показатель | Значение`."""

SOURCE_MENTION: Final = (r"источник", r"(?<![^\W\d_])(?:ист\.|иза)(?![^\W\d_])",)
"""Words naming an emission source beside its number in a sentence (`на источнике № 0002`)."""

PART_WORDS: Final = (r"^\s*в\s+(?:том\s+числе|т\.\s*ч\.)",)
"""A column that gives a part of the one beside it (`в том числе аварийные, кг/год`), not a figure of its own."""

OUTLET_WORDS: Final = (r"(?<![^\W\d_])выпуск\w*",)
"""Words naming a discharge outlet (`Выпуск № 1`): a place limits are set at, heading their columns or rows."""

SUPERVISION_WORDS: Final = (r"контрол", r"надзор",)
"""A column of the body that supervises a task (`Cơ quan kiểm tra, giám sát`), not of the one that does it."""

SOURCE_TEXT: Final = "Источник"
"""How a monitoring duty at a source is introduced in its text."""

METHOD_TEXT: Final = {"automated": "автоматизированный мониторинг", "instrumental": "инструментальный замер", "calculation": "расчётный метод"}
"""How a source is monitored, said in its duty's text."""

LABEL_JOINERS: Final = (r"и",)
"""The word that joins two fields in one header (`Срок и ответственный`)."""

RUN_WORDS: Final = (r"до",)
"""The word between the first and the last of a run of ids (`KT1 đến KT4`, `Т-1 до Т-4`)."""

ROLE_WORDS: Final = {
    "facility": (
        r"общ\w* сведени\w* о (?:предприяти|объект|природопользовател|операторе|заявител)",
        r"сведени\w* об? (?:операторе|объекте|предприятии|природопользователе)",
        r"характеристик\w* (?:предприяти|объекта)",
        r"карточк\w* (?:предприяти|объекта)",
        r"реквизит",
    ),
    "sources": (r"источник\w* (?:выброс|загрязнени|эмисси)", r"\bиза\b", r"инвентаризац"),
    "emissions": (
        r"выброс\w* загрязняющ",
        r"норматив\w* (?:допустим\w* )?выброс",
        r"\bпдв\b|\bндв\b",
        r"валов\w* выброс",
        r"перечень загрязняющих веществ",
        r"выброс\w* загрязнител",
    ),
    "wastes": (r"отход", r"лимит\w* накоплени", r"лимит\w* захоронени"),
    "limits": (
        r"пдк",
        r"предельно.допустим",
        r"норматив\w* (?:качеств|допустим\w* сброс|сброс|концентрац)",
        r"допустим\w* (?:концентрац|сброс)",
        r"(?<!без )(?<!с )(?<!учетом )(?<!включая )\bндс\b(?!\s*\(?\d)",  # not VAT (`цены без НДС`, `НДС 12%`)
        r"результат\w* (?:измерени|анализ|наблюдени|замер)",
        r"гигиеническ\w* норматив",
    ),
    "monitoring": (
        r"мониторинг",
        r"план.график\w* (?:наблюдени|контрол|отбора)",
        r"наблюдени\w* за",
        r"производственн\w* контрол",
        r"контрол\w* (?:за|качеств|выброс|сброс)",
        r"отбор\w* проб",
    ),
    "inspections": (r"внутренн\w* провер", r"провер\w* (?:соблюдени|подразделени)", r"внутренн\w* (?:производственн\w* )?(?:экологическ\w* )?контрол\w* подразделени"),
    "tasks": (r"план\w* (?:мероприяти|работ|действи)", r"мероприяти", r"дорожн\w* карт"),
}
"""Caption (and lead-in) words that speak for a table role."""

MEDIUM_WORDS: Final = {
    "flue_gas": (
        r"дымов\w* газ",
        r"отходящ\w* газ",
        r"(?:выброс|концентрац)\w* .{0,40}(?:на|в) (?:источник|устье|труб)",
        r"на источник\w* выброс",
        r"в устье",
        r"газовоздушн",
        r"на выходе из",
        r"концентрац\w* (?:в|на) (?:выброс|отходящ|дымов|источник)",
        r"нормативы? (?:допустим\w* )?(?:выброс|эмисси)\w* .{0,30}мг/н?м3",
    ),
    "waste_water": (r"(?<![^\W\d_])(?:сточн|сброс)", r"очищенн\w* вод", r"канализац", r"фильтрат\w* полигон", r"(?:ливнев|дождев|талы)\w* сток", r"(?<![^\W\d_])очистн\w* сооружени"),  # storm water let out: a discharge; `газоочистные` no
    "soil": (r"почв", r"грунт(?!ов\w* вод)"),
    "water": (
        r"водн\w* объект",
        r"поверхностн\w* вод",
        r"подземн\w* вод",
        r"грунтов\w* вод",
        r"питьев",
        r"(?<![^\W\d_])вод[аыу]\b",  # not `завода`, `заводу`
        r"(?<![^\W\d_])водн",
        r"створ",
        r"скважин",
    ),
    "air": (r"атмосфер", r"воздух", r"газов", r"санитарно.защитн", r"\bсзз\b"),
}
"""Caption and header words that tell which environment a table's values concern; first match wins."""

METHOD_WORDS: Final = {
    "automated": (r"автоматизированн", r"(?<![^\W\d_])асм(?![^\W\d_])", r"непрерывн"),
    "instrumental": (r"инструментальн",),
    "calculation": (r"расч[её]тн",),
}

COUNT_ROWS: Final = {
    "unorganized": (r"неорганизованн",),
    "organized": (r"организованн",),
    "total": (r"всего", r"стационарных источников"),
}
"""Row labels of a table that counts sources."""

COUNT_TABLE_WORDS: Final = ((r"наименование показател", r"всего"),)
"""Header words that together make a table of source counts."""

TOTAL_WORDS: Final = (
    r"^\s*(?:итого|всего|в\s+сумме|сумма|общ\w*\s+(?:количеств|объ[её]м|масс)|суммарн|валов\w*\s+выброс)\w*",
    r"^\s*в\s+(?:том\s+числе|т\.\s*ч\.)",  # `в том числе твердые:`: a part of the total
    r"^\s*газообразн\w*\s+и\s+жидк",
)

SOURCE_TOTAL_WORDS: Final = (r"(?:итого|всего)\s+по\s+(?:источник|иза\b)",)
"""A row that sums one source's rows (its operations, its stages), not the whole table's."""

YEAR_TOTAL_WORDS: Final = (r"всего", r"итого", r"за\s+год",)
"""A sub-column of amounts that gives the whole year (`всего за год`, `Cả năm`) beside its parts."""
"""A row that sums the rows above it: no item of its own."""

RETURNED_WORDS: Final = (
    r"^возврат\w*\s+(?:в|на)\b",
    r"возвращ\w*\s+в\s+(?:тот\s+же\s+)?(?:технологическ|производств|процесс)",
    r"отход\w*\s+не\s+(?:является|относится|считается)",
    r"не\s+(?:является|относится\s+к|считается)\s+отход",
)
"""Material put back into the process it came from (`возврат в шаровые мельницы`), or said to be none
(`отходом не является`): no waste."""

NOT_PLANNED: Final = (r"не предусмотрен", r"не требуется", r"не проводится", r"отсутству", r"^исключ(?:ается|ен|ена|ено)\b")
"""A row saying there is nothing to list (`Мониторинг не предусмотрен`)."""

SUBCOLUMN_PREFIXES: Final = (r"столбец", r"графа", r"колонка")

AVERAGE_HEADERS: Final = (r"^средн\w*(?:\s+(?:значени|арифметическ|результат)\w*)*(?:,.*)?$",)
"""A column of the mean of repeated measurements (`Среднее значение`): the value a norm is checked against."""

EXTREME_HEADERS: Final = (r"^мин(?:\.|имум\w*|имальн\w*)?(?:\s+значени\w*)?(?:,.*)?$", r"^макс(?:\.|имум\w*|имальн\w*)?(?:\s+значени\w*)?(?:,.*)?$", r"^наи(?:больш|меньш)\w*(?:\s+значени\w*)?$")
"""The least or the greatest of repeated measurements (`мин.`, `макс.`, `Наибольшее`), beside their mean: statistics of one series."""

REDUCED_HEADERS: Final = (r"приведенн\w*", r"пересчит\w* на", r"в пересчете на\s+\d")
"""A result reduced to the reference conditions (`Концентрация, приведенная к 7 % O2`): the one a stack norm is checked against."""

AVERAGING_LABELS: Final = (r"[мс]\.\s?[рс]\.(?![^\W\d_])",)
"""The averaging time a lone ПДК column names (`ПДКм.р.`, `ПДК с.с.`): it is the column's label."""
"""Words before a standard's column letter in a sub-header (`столбец А`)."""

PERIOD_WORDS: Final = {
    "construction": (
        r"период\w*\s+(?:проведения\s+)?(?:строительств|смр)\w*",
        r"строительн\w*\s+период\w*",
        r"(?:при|во\s+время)\s+строительств\w*",
        r"^строительств\w*$",
    ),
    "operation": (
        r"период\w*\s+эксплуатаци\w*",
        r"эксплуатационн\w*\s+период\w*",
        r"(?:при|во\s+время)\s+эксплуатаци\w*",
        r"^эксплуатаци\w*$",
    ),
}
"""Phrases that put the rows or columns under them into the construction or the operation period."""

HAZARD_GROUPS: Final = {"no": (r"(?<![^\W\d_])не\s*опасн",), "yes": (r"(?<![^\W\d_])опасн",)}
"""Words of a waste row or group row that say non-hazardous (`no`) or hazardous (`yes`); `no` is tried first."""

HAZARD_CLASS_NOTES: Final = (
    r"\(\s*([1-4]|IV|I{1,3})\s*-?\s*(?:й\s+)?кл(?:асс)?\w*\.?[^()]*\)",
    r"\(\s*кл(?:асс)?\w*\.?\s*(?:опасн\w*\.?)?\s*[-–—:]?\s*([1-4]|IV|I{1,3})\s*\)",
    r"(?<![\w,.])([1-4])\s*(?:-?\s*й\s+)?класс\w*\s+опасност\w*",
    r"класс\w*\s+опасност\w*\s*[-–—:]?\s*([1-4])(?![\w,]|\.\d)",
)
"""A hazard-class note written with a substance's name (`(3 кл. опасн.)`); group 1 is the class."""

MEDIUM_LABELS: Final = {
    "air": "Атмосферный воздух",
    "water": "Водный объект",
    "soil": "Почва",
    "waste_water": "Сточные воды",
    "flue_gas": "Отходящие газы",
}
"""How a monitoring duty names its environment."""

INSPECTION_WORDS: Final = (
    r"провер",
    r"обследовани",
    r"осмотр",
    r"осматрива",
    r"обход\w* (?:объект|площад|территор)",
    r"аудит",
    r"профилактическ\w* контрол",
    r"субъект\w* контрол",
    r"оценк\w* (?:подрядн|подрядчик|поставщик|контрагент)",
    r"оценк\w* соответстви",  # a register of legal requirements evaluated for compliance
    r"(?:периодичност|ответствен)\w* (?:за )?оценк",
)
"""Words of checking a unit of the enterprise, in a header, a cell or a caption: an inspection table."""

INSPECTION_TEXT: Final = "Внутренняя проверка"
"""How an inspection read from a table is introduced in its text."""

PER_YEAR_TEXT: Final = "{n} раз в год"
"""A count per year (`Количество замеров в год | 4`) said as the frequency it is."""

PER_WEEK_TEXT: Final = "{n} раз в неделю"
"""A count of marked days of the week said as the frequency it is."""

PER_MONTH_TEXT: Final = "{n} раз в месяц"
"""Weeks of the month marked in a schedule, said as the frequency they make (`4 раза в месяц` is weekly)."""

PER_DAYS_TEXT: Final = "1 раз в {n} суток"
"""A check every so many days said as a frequency (`Периодичность, сут. | 90`)."""

DAYS_HEADERS: Final = (r"(?<![^\W\d_])(?:сут|дн(?:ей|я|и)\b)",)
"""A frequency header counting in days (`Периодичность, сут.`): its bare figures are days between checks."""

ALL_SUBSTANCES_WORDS: Final = (r"\bвсе (?:загрязняющие |контролируемые |нормируемые )?(?:вещества|показатели|ингредиенты)", r"\bвесь перечень", r"\bпо (?:табл|таблиц)\w*\.?\s*\d")
"""A plan's cell that names its substances by pointing at a list elsewhere (`все вещества по табл. 5.1`)."""

NOTE_WORDS: Final = (r"^\s*примечани", r"^\s*обозначени", r"^\s*пояснени", r"^\s*\*")
"""The opening of a note under a table: it speaks of the table above, not of the next one."""

BRACKETED_PARTY: Final = (r"\(\s*(?:отв\.?|ответственн\w*|исполнитель)\s*[:–-]?\s*([^()]+?)\s*\)",)
"""Who answers for an item, in brackets after it (`(отв.: главный механик)`, `(Chủ trì: Phòng Kỹ thuật)`)."""

NUMBER_SIGN_WORDS: Final = ()
"""A word for `№` before a record's number (`Phiếu số 1`)."""

QUALITY_SECTION_WORDS: Final = (r"входн\w*\s+контрол", r"технологическ\w*\s+контрол", r"контрол\w*\s+(?:качества|готовой\s+продукции|продукции|сырья)")
"""A plan's section of the control of raw materials, process or products (`I. Входной контроль сырья`): a
laboratory's own quality tests, no duty of environmental monitoring."""

VARIANT_WORDS: Final = (r"(?<![^\W\d_])вариант",)
"""A group of columns giving one of the options a document compares (`Вариант 1: туннельная печь на угле`)."""

CHOSEN_WORDS: Final = (r"(?<![^\W\d_])(?:принят|выбран|рекомендуем)",)
"""The option the document takes (`Вариант 2 (принят)`): its columns are the ones in force."""

METHOD_RANGE_HEADERS: Final = (r"предел\w*\s+(?:обнаружени|определени|количественн)", r"диапазон\w*\s+(?:измерени|определени|концентраци)", r"нижн\w*\s+(?:граница|предел)\s+(?:измерени|определени|диапазон)")
"""A column of what the method can measure (`Диапазон измерений`, `Giới hạn phát hiện`): figures beside the
results, no limit of the environment."""

NOTE_HEADERS: Final = (r"^(?:примечани[ея]|прим\.|замечани[ея])\W*$",)
"""The header of a column of remarks beside the items (`Примечание`): what it says is no field of theirs."""

INTERVAL_DAYS_WORDS: Final = (r"интервал\w*.*(?:сут|дн)",)
"""A header saying its figures are days between samples (`Интервал между отборами проб, сут.`)."""

DRY_MATTER_WORDS: Final = (r"сух\w*\s+(?:вещест|остат|масс)", r"абсолютно\s+сух", r"\bа\.?\s?с\.?\s?в\b")
"""A mass counted dry (`Сухое вещество, т/год`): a sludge's amount is its mass as it leaves, wet."""

NET_WORDS: Final = (r"нетто",)
"""The net mass of a weighing (`нетто, кг`, `KL hàng`), beside the gross and the tare."""

BACKGROUND_WORDS: Final = (r"(?<![^\W\d_])фон",)
"""A point that gives the background others are judged against (`Ф-1 (фон)`, `фоновая точка`)."""

WASTE_KIND_WORDS: Final = (r"отход",)
"""A stream's class that makes it a waste (`Отход` beside `Продукт`, `Сырье` in a material balance)."""

RATE_NORM_WORDS: Final = (r"(?<![^\W\d_])(?:ндв|пдв)(?![^\W\d_])", r"нормативы? допустим", r"^норматив")
"""The norm among pairs of rates (`существующее положение | на 2026–2035 годы | НДВ`)."""
RATE_STAGE_WORDS: Final = (r"существующ", r"режим")
"""What sets pairs of rates of one emission apart: the existing position, an operating regime."""

CLASS_HEADERS: Final = (r"^(?:вид|тип|класс|классификаци|категори)\w*(?:\s+(?:потока|материала|продукта))?$",)
"""A column that classes each row (`Вид`, `Тип потока`): in a balance, which streams are wastes."""

NORM_WORDS: Final = (r"норматив", r"\bпдв\b", r"\bндв\b", r"допустим", r"предельн", r"\bлимит", r"\bкэр\b", r"разрешени")
"""A table or its caption that sets norms: a concentration beside the rates is the norm at the source."""

SHARE_WORDS: Final = (r"дол\w*\s+(?:пдк|пдв)", r"в\s+долях", r"кратност",)
"""Headers of values given as shares (multiples) of a limit, not limits (`доли ПДК`)."""
EXISTING_POSITION_WORDS: Final = (r"существующ\w*\s+положени",)
"""The discharge or emission before the norms a project sets (`Существующее положение (2025 г.)`): no result checked
against them."""

AMENDED_WORDS: Final = (
    r"^стало$", r"после\s+(?:изменени|корректировк|реконструкц|переоформлени)", r"нов\w+\s+редакц", r"^вводим", r"следует\s+читать", r"^исправлено",
)
"""A column of the values an amendment puts in force (`стало`), beside those it replaces."""

SUPERSEDED_WORDS: Final = (
    r"^было$", r"до\s+(?:изменени|корректировк|реконструкц|переоформлени)", r"прежн", r"действовавш", r"^напечатано", r"ошибочно\s+указан",
)
"""A column of the values an amendment replaces (`было`)."""

MONTH_HEADERS: Final = (r"месяц",)
"""A header over a schedule's month columns (`Месяцы отбора проб`), which tells `T1 … T12` from points."""

WEEKDAY_WORDS: Final = (r"пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье",)
"""The days of the week a schedule's columns are headed with (`Пн | Вт | …`), matched whole."""

WEEK_WORDS: Final = (r"[1-5]\s*-?\s*(?:я|ая)?\s*недел\w*", r"недел\w*\s*[1-5]",)
"""The weeks of a month a schedule's columns are headed with (`1-я неделя | … | 4-я неделя`, `Tuần 1`), matched whole."""

ORGANISATION_WORDS: Final = (r"(?<![^\W\d_])(?:ТОО|АО|ГУ|ГКП|РГП|КГП|КГУ|РГУ|ИП)\s*[«\"]",)
"""Legal forms before a quoted name (`ТОО «…»`): the title names an organisation."""

COMMITTER_WORDS: Final = (
    r"(?P<who>(?<![^\W\d_])(?:ТОО|АО|ГКП|РГП|КГП|ИП|ПК|ЧУ)\s*«[^»]{2,100}»)[^.:]{0,200}?\s(?:гарантиру\w*|обязу\w*|бер[её]т на себя обязательств\w*)",
    r"(?<![^\W\d_])(?:обязать|предписыва\w*|обязыва\w*)\s+(?P<who>(?:ТОО|АО|ГКП|РГП|КГП|ИП|ПК|ЧУ)\s*«[^»]{2,100}»)",
)
"""An organisation bound by what follows: undertaking it (`ТОО «…» гарантирует выполнение следующих мероприятий`),
a letter of commitment, or ordered to do it (`Департамент … предписывает АО «…»:`, `Обязать ТОО «…»`), a
prescription; that organisation must do its tasks, not the letter's addressee or the inspectors."""

ADDRESSEE_WORDS: Final = (r"^(?:генеральному\s+|исполнительному\s+)?(?:директору|руководителю|председателю|начальнику)\s+",)
"""The words a letter addresses its recipient by (`Директору …`, `… директорына`, `Kính gửi: …`): the
organisation beside them must do what the letter requires."""

ITEM_UNITS: Final = (r"шт", r"ед", r"чел",)
"""What a mass is counted per when it is a unit mass, not an amount (`кг/шт`, `kg/cái`)."""

BEFORE_TREATMENT_WORDS: Final = (
    r"до\s+(?:очистк|газоочистк|пылегазоочистк|улавлива)",
    r"без\s+(?:учета\s+)?очистк",
    r"^выделя\w*",  # `Выделяется от источника | Выбрасывается в атмосферу`
    r"отходящ\w*\s+от\s+источник",
    r"поступа\w*\s+на\s+(?:очистк|газоочистк|пылегазоочистк)",
    r"уловлен\w*",  # `Уловлено и обезврежено`: caught by the cleaning, not emitted
    r"обезврежен\w*",
)
"""Rates before the gas is cleaned (`Выброс до очистки`, `Tải lượng chưa xử lý`): what the plant
makes, not what it emits, when rates after cleaning stand beside them."""

PAYMENT_LABELS: Final = (r"бенефициар", r"(?<![^\W\d_])(?:кбк|кнп|кбе|иик|бик)(?![^\W\d_])", r"назначени\w* платеж", r"получател\w* платеж",)
"""Labels of a payment's details (a fine's beneficiary and budget codes): such a card names who is paid, no facility."""

OTHER_PARTY_WORDS: Final = (r"сервисн\w*\s+(?:организаци|компани)\w*", r"изготовител\w*", r"поставщик\w*", r"подрядчик\w*", r"проектировщик\w*", r"разработчик\w*", r"монтажн\w* организаци\w*",)
"""Words of another party than the facility's operator (its maker, supplier, contractor, designer): a card's section or
field of theirs gives no field of the facility."""

LOG_CAPTIONS: Final = (r"журнал\w*", r"(?<![^\W\d_])уч[её]т\w* (?:выполнен|проведен|техническ|ремонт|работ|обслуживан)",)
"""A caption naming a log of what was done (`Журнал …`, `Учет технического обслуживания`, `Nhật ký bảo dưỡng`): its
rows are records of the past, no tasks to do."""

REQUIREMENT_HEADERS: Final = (r"^требовани\w* к ",)
"""A column of requirements for what is measured (`Требования к обеззараженным сточным водам`): beside a limit
column, and holding ranges and bounds, a second set of limits."""

AGREED_WORDS: Final = (r"^принят\w*(?:\s+сторонами)?", r"^согласован\w*", r"^(?:количество|масса),?\s+принят\w*\s+сторонами",)
"""A column of the amounts the parties agreed on (`Принято сторонами, кг`, `Khối lượng thống nhất`), beside each
party's own figures and their difference: the amounts that stand."""

OCCASION_WORDS: Final = (r"(?:после|при|перед)\s+(?:кажд|всяк)\w*",)
"""An occasion a check is made at, not a period (`После каждого слива цистерн`)."""

UNSCHEDULED_WORDS: Final = (r"внепланов\w*",)
"""An unscheduled check (`внеплановый осмотр`, `kiểm tra đột xuất`): a check of its own, though it has no frequency."""

GENERATED_WORDS: Final = (r"^образова", r"^фактически\s+образова")
"""A sub-column of a waste movement that gives the amount generated (`Наличие на начало | Образовано | Передано`)."""

UNCHANGED_WORDS: Final = (r"^без\s+изменени",)
"""A cell of an amendment's new row that keeps the old value (`без изменений`): the value of the row it replaces."""

DITTO_WORDS: Final = (r"^то\s*же\.?$", r"^тоже$", r"^так\s+же$", r"^аналогично\.?$")
"""A cell that repeats the one above it (`то же`); the marks (`-//-`, `〃`) are every language's, in `tables_en`."""

CURRENT_PLACE_WORDS: Final = (r"нов\w*\s+(?:мест|площадк|располож)", r"текущ\w*\s+(?:мест|площадк)", r"действующ\w*\s+(?:мест|площадк)")
"""A row of a card's places that names the one in use now (`с 15.04.2026 г. (новое место размещения)`)."""

PLAN_HEADER: Final = ('Точка контроля', 'Контролируемые вещества', 'Периодичность контроля')
"""The header a plan is given when its duties stood as sentences in a register's column
(`Мониторинг: ИЗА 0003 – ксилол – 1 раз в квартал`): where, what, how often."""

AIR_STREAM_WORDS: Final = (r"отходящ\w* газ", r"выброс", r"в атмосфер", r"в воздух")
"""A stream of a solvent or material balance that leaves into the air (`O1 – с отходящими газами`,
`O4 – неуловленные выбросы`), beside those to water, destroyed, to waste or recovered."""

POINT_WORDS: Final = (r"точк\w*", r"створ\w*")
"""The word for a control point beside its id in running text (`(точка КК-2)`, `(КК-2 нүктесі)`, `(điểm NT1)`)."""


LEAD_PARTY_WORDS: Final = (r"организу\w*", r"(?<!не )провод\w*", r"выполня\w*", r"осуществля\w*", r"^ответствен\w*",)
"""What a responsibility matrix's leading letter means (`О – организует и проводит проверку`): its column does the work."""

LEAD_PARTY_HEADER: Final = "Кто проводит"
"""The header a responsibility matrix's leading parties are gathered under, one column of who does each row."""


EMITTED_WORDS: Final = (r"выброс\w*", r"выброшен\w*",)
"""Words of what went into the air (`Масса выброса, кг`): a mass column so named is the emitted amount."""

PRODUCT_CAPTIONS: Final = (r"(?:выпускаем|товарн|готов)\w* продукци", r"характеристик\w*\s+(?:[^\W\d_]+\s+){0,2}(?:масл|топлив|сырь|реагент|мазут|угл(?:я|ей)\b)", r"(?:характеристик|качеств|показател)\w* (?:выпускаем\w* |товарн\w* |готов\w* )?продукци", r"\bсорт\w* продукци",)
"""A caption naming a product's specification (`Характеристика выпускаемой продукции`): grades of what is sold, no norms of the environment."""

STATE_NETWORK_WORDS: Final = (r"казгидромет", r"гидрометеорологическ\w+ служб",)
"""The state's own observation network named as who measures (`РГП «Казгидромет»`): its posts are no duty of the operator."""

CENTRE_WORDS: Final = (r"(?<![^\W\d_])центр\w*(?!\s+(?:гигиен|санитар|лаборатор|мониторинг))",)
"""A card's label naming the site's centre (`Центр промышленной площадки`): the point that places the facility."""

ABSENCE_WORDS: Final = (r"отсутств\w*", r"не допуска\w*",)
"""A norm that allows none (`отсутствие в 100 см3`): its figure is the volume looked in, no limit."""

INFORMED_PARTY_WORDS: Final = (r"информиру\w*", r"уведомля\w*",)
"""What a responsibility matrix's letter means when its column is only told (`И – информируется о результатах`)."""


MEASURING_DUTY_WORDS: Final = (r"замер\w*", r"определя\w*", r"определени\w*", r"измерени\w*", r"наблюдени\w*", r"отбор\w*\s+проб", r"мониторинг\w*", r"контрол\w*\s+(?:за\s+)?(?:состав|выброс|качеств|содержани)")
"""A condition that orders measuring or sampling, whose places, substances and frequency make a monitoring duty."""


COMMITMENT_WORDS: Final = (r"обязу(?:ется|ются|емся|юсь)\b", r"бер[её]т\s+на\s+себя\s+обязательств\w*")
"""An answer that commits its speaker to do something (a hearing's `обязуется …`): a task of theirs."""

TASK_HEADER: Final = ("Мероприятие", "Ответственный", "Срок исполнения")
"""The header a plan of tasks is given when its tasks stood as commitments in a protocol's answers."""


HAZARD_MARKS: Final = {"yes": (r"о\.?", r"оп\.?"), "no": (r"н\.?", r"неоп\.?")}
"""A waste register's one-cell mark for hazardous (`yes`) or not (`no`), in a column of its own."""


UNIT_LABEL_WORDS: Final = (r"^ед\.?(?:\s*ph)?$", r"^единиц\w*(?:\s*ph)?$")
"""A sub-header that gives only the unit (`ед. pH`): the parameter is named in the header above it."""


POST_WORDS: Final = (r"(?:главн\w*|заместител\w*|зам\.|первый|генеральн\w*|исполнительн\w*)?\s*(?:инженер|механик|энергетик|технолог|эколог|директор|начальник|руководител|заведующ|менеджер|мастер|кладовщик|лаборант|оператор|бригадир|диспетчер)\w*\b",)
"""A post that opens a group title (`Главный инженер – …`, `Trưởng ban …`): the officer answerable for the rows under it."""



LIMIT_SAYING_WORDS: Final = (r"не\s+должн\w*\s+превыша\w*", r"не\s+должн\w*\s+быть\s+выше")
"""A condition that caps what follows (`не должны превышать, мг/Нм³: …`): each substance and figure after it a limit."""


CONDITION_HEADERS: Final = (r"^(?:экологическ\w+\s+|содержани\w+\s+)?(?:услови[ея]|требовани[ея])(?:\s+\w+){0,2}$",)
"""The column of a regulator's conditions (`Экологическое условие`, `Требование`): each numbered row one requirement."""
BASIS_HEADERS: Final = (r"^основани\w*$", r"^правов\w+ основани", r"^нормативн\w+ (?:основани|документ)")
"""The column that cites where a condition comes from (`Основание`)."""


PARTY_TITLE_WORDS: Final = (r"^обязательств\w*", r"^сторон[аы]\b")
"""A section title naming whose duties follow, the party after a dash (`I. Обязательства Инвестора – ТОО «…»`)."""


EXCEPT_WORDS: Final = (r"кроме", r"за\s+исключением")
"""Words that take items out of a range (`0001–0004 (кроме 0002)`, `(0002-ден басқа)`, `KT1 ÷ KT4 (trừ KT3)`)."""


OPERATOR_SAID: Final = (r"оператор",)
"""Words that call a party the operator outright (`Частный партнер (оператор завода)`), over an initiator or an owner."""


POST_HEADERS: Final = (r"^должност\w*$",)
"""A column of posts (`Должность`) beside checks: whoever holds the post does them."""

SHIFT_HEADERS: Final = (r"^(?:[ivIV]{1,3}|\d)[-\s]*(?:я\s+)?смен[аы]\b", r"^смен[аы]\s+(?:[ivIV]{1,3}|\d|№\s*\d)\b", r"^(?:дневная|ночная)\s+смена\b")
"""A column per shift (`I смена 08:00–16:00`): a slot in one of them is a check made every day."""

PER_BATCH_WORDS: Final = (r"\bна\s+(?:1\s+|одн[уоа]\w*\s+)?(?:сери\w+|парти\w+|загрузк\w+|плавк\w+|цикл\w*|операци\w+)\b", r"\bна\s+(?:1\s+)?(?:т|тонну|единицу)\s+(?:продукции|продукта|сырья)\b")
"""An amount for one batch, melt or tonne of product (`Количество на 1 серию, кг`): a part of the year's amount beside it."""

ALLOWED_AMOUNT_WORDS: Final = (r"предусмотрен\w*", r"\bпо\s+(?:программе|проекту|разрешению|плану)\b", r"разрешен\w*", r"\bпланов\w*", r"\bпроектн\w*")
"""A column of the amount a permit, programme or project allows or plans (`Предусмотрено программой на 2025 г., т`), beside
the amount actually formed: the actual one is the waste's."""

HYDRAULIC_QUANTITIES: Final = (r"\bуров\w*\s+(?:воды|подземных\s+вод|грунтовых\s+вод)", r"\bрасход\w*\b", r"\bдебит\w*", r"\bводоотбор\w*")
"""Quantities of water measured, not substances in it (`Уровень воды, дебит`): a row of them is no substance's duty."""

FORECAST_WORDS: Final = (r"прогноз\w*", r"расч[её]тн\w*", r"\bрасч\.", r"моделир\w*")
"""Figures worked out, not measured (`Прогнозная концентрация`): no result to check against a norm."""

INLET_WORDS: Final = (r"до\s+очистк", r"на\s+входе", r"неочищенн\w*", r"\bвход\s+на\s+очистн")
"""A point before treatment (`Сточная вода на входе`, `до очистки`), beside the outlet: judged by no norm."""

PERIOD_TASK_HEADER: Final = ('Мероприятие', 'Срок выполнения')
"""The header a plan by periods is rewritten with: a measure a row, the period its deadline."""

GROSS_WORDS: Final = (r"брутто", r"с\s+тарой", r"с\s+упаковкой")
"""A mass with its packaging (`Масса брутто, кг`) beside the net mass: the net is the waste's."""

PREVIOUS_PARTY_WORDS: Final = (r"прежн\w*", r"бывш\w*", r"передающ\w*", r"до\s+изменени\w*", r"действующ\w+\s+разрешени\w*")
"""A column of the party or values being replaced (`Прежний оператор (передающая сторона)`), beside the new ones."""

FRACTION_LEGEND: Final = (r"(?:в\s+)?числител\w*\s*[–—:-]\s*(?P<a>[^,;]+?)\s*[,;]\s*(?:в\s+)?знаменател\w*\s*[–—:-]\s*(?P<b>.+)$",)
"""A note that a cell is a fraction (`в числителе – фактическая концентрация, в знаменателе – ПДК м.р.`): what stands above, below."""

OFFICE_COLUMN_WORDS: Final = (r"головн\w*\s+офис", r"центральн\w*\s+офис", r"юридическ\w*\s+адрес", r"^офис$")
"""A column of the company's office (`Головной офис`) beside its site's: the site is the facility."""

UNIT_TITLE_WORDS: Final = (r"^(?:[^\W\d_]+\s+)?участ(?:ок|ка)\b", r"^служб[аы]\b", r"^отдел\b", r"^(?:[^\W\d_]+\s+)?цех\b", r"^лаборатори[яи]\b", r"^управлени[ея]\b")
"""A group title naming a unit of the enterprise (`1. Производственный участок (начальник …)`, `2. Служба главного механика`):
the unit does the tasks under it."""
