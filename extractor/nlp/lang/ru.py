"""Russian: the words, abbreviations and patterns the normalisers look for.

Data only; the logic that reads it lives in `extractor.nlp.*`. Keys of the
dictionaries are regular-expression fragments (matched case-insensitively,
whole words, unless wrapped in `(?-i:…)`) and must not contain unnamed
capturing groups; templates in `*_PATTERNS` use placeholders (`{num}` a count,
`{times}` a "twice"-like word, `{ord}` / `{day}` an ordinal, `{month}`,
`{period}`, `{unit}`) that the logic fills from the same language's tables,
and named groups whose meaning is documented next to each table. A template
may spell one slot twice as `name` and `name2`.

The other language modules hold the same names in the same shapes; one that
has nothing for a name leaves it out.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "ru"

# ------------------------------------------------------------------ numbers

MULTIPLIERS: Final = {
    r"тыс\.?|тысяч[аиу]?": 1e3,
    r"млн\.?|миллион(?:а|ов)?": 1e6,
    r"млрд\.?|миллиард(?:а|ов)?": 1e9,
}
"""Multiplier words written between a figure and its unit (`5500,0 тыс.т/год`)."""

NOT_DETECTED: Final = (
    r"не\s*обн(?:\s*\.|аруж\w*)?",
    r"н\s*/\s*о",
    r"н\.\s?о\.",
    r"(?:менее|ниже)\s+(?:предела|порога)\s+обнаружения",
    r"<\s*П(?:р)?О",
)
"""Spellings of "not detected" in laboratory tables."""

COMPARATORS_BEFORE: Final = {
    r"не\s+менее": ">=",
    r"не\s+ниже": ">=",
    r"не\s+более": "<=",
    r"не\s+выше": "<=",
    r"не\s+превыша\w+": "<=",
    r"менее": "<",
    r"ниже": "<",
    r"более": ">",
    r"свыше": ">",
    r"выше": ">",
}
"""Comparison words written before a figure (`не менее 500 м`)."""

RANGE_WORDS: Final = ((r"от", r"до"),)
"""Word pairs around a range (`от 10 до 30 °C`)."""

MINUS_AFTER: Final = (r"от", r"до")
"""Words after which a hyphen stuck to a figure is a minus sign (`от -40 до +40`)."""

NUMBER_WORDS: Final = {
    r"од(?:ин|на|но|ного|ной|ному|ну|ним)": 1,
    r"дв(?:а|е|ух|ум|умя)": 2,
    r"тр(?:и|[её]х|[её]м|емя)": 3,
    r"четыр(?:е|[её]х|[её]м|ьмя)": 4,
    r"пят(?:ь|и|ью)": 5,
    r"шест(?:ь|и|ью)": 6,
    r"сем(?:ь|и|ью)": 7,
    r"вос(?:емь|ьми|емью)": 8,
    r"девят(?:ь|и|ью)": 9,
    r"десят(?:ь|и|ью)": 10,
    r"двенадцат(?:ь|и)": 12,
    r"четырнадцат(?:ь|и)": 14,
    r"пятнадцат(?:ь|и)": 15,
    r"двадцат(?:ь|и)": 20,
    r"тридцат(?:ь|и)": 30,
    r"сорока?": 40,
    r"шестидесят(?:и)?|шестьдесят": 60,
    r"девяност[оа]": 90,
}
"""Cardinal numbers in the case forms that durations and counts use (`трех рабочих дней`)."""

TIMES_WORDS: Final = {r"дважды": 2, r"трижды": 3, r"четырежды": 4}
"""Words that are a count and "times" at once (`дважды в год`)."""

ORDINAL_WORDS: Final = {
    r"перв\w*": 1,
    r"втор\w*": 2,
    r"трет\w*": 3,
    r"четв[её]рт\w*": 4,
    r"пят(?:ый|ого|ому|ом|ое|ая|ой)": 5,
    r"шест(?:ой|ого|ому|ом|ое|ая)": 6,
    r"седьм\w*": 7,
    r"восьм\w*": 8,
    r"девят(?:ый|ого|ому|ом|ое|ая|ой)": 9,
    r"десят(?:ый|ого|ому|ом|ое|ая|ой)": 10,
    r"пятнадцат\w*": 15,
    r"двадцат(?:ый|ого|ому|ом|ое|ая|ой)": 20,
    r"двадцать\s+пят(?:ый|ого|ому|ом|ое|ая|ой)": 25,
    r"тридцат(?:ый|ого|ому|ом|ое|ая|ой)": 30,
    r"тридцать\s+перв\w*": 31,
}
"""Ordinal numbers (`первого числа второго месяца`)."""

MONTHS: Final = {
    r"январ[ьяюе]": 1,
    r"феврал[ьяюе]": 2,
    r"март[ауе]?": 3,
    r"апрел[ьяюе]": 4,
    r"ма[йяюе]": 5,
    r"июн[ьяюе]": 6,
    r"июл[ьяюе]": 7,
    r"август[ауе]?": 8,
    r"сентябр[ьяюе]": 9,
    r"октябр[ьяюе]": 10,
    r"ноябр[ьяюе]": 11,
    r"декабр[ьяюе]": 12,
    r"янв\.?": 1,
    r"февр?\.?": 2,
    r"мар\.": 3,
    r"апр\.?": 4,
    r"июн\.": 6,
    r"июл\.": 7,
    r"авг\.?": 8,
    r"сент?\.?": 9,
    r"окт\.?": 10,
    r"нояб?\.?": 11,
    r"дек\.?": 12,
}
"""Month names in every case form, and their abbreviations in a schedule's cells (`янв., фев., март`)."""

DATE_PATTERNS: Final = (
    r"(?P<day>\d{1,2})\s+(?P<month>{month})\s+(?P<year>\d{4})\s*(?:года|г\.?)?",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\s*(?:года|г\.?)?",
)
"""Calendar dates (`2 января 2021 года`, `20.03.2015 г.`)."""

# -------------------------------------------------------------------- units

UNIT_ALIASES: Final = {
    "г/с": "g/s",
    "г/сек": "g/s",
    "т/год": "t/y",
    "тонн/год": "t/y",
    "тонна/год": "t/y",
    "тонн/период": "t/period",
    "т/период": "t/period",
    "т/пер": "t/period",
    "мг/дм3": "mg/l",
    "мкг/дм3": "ug/l",
    "г/дм3": "g/l",
    "мг-экв/л": "meq/l",
    "мг-экв/дм3": "meq/l",
    "ммоль/л": "mmol/l",
    "ммоль/дм3": "mmol/l",
    "мг/нм3": "mg/Nm3",
    "нм3": "Nm3",
    "нм3/ч": "Nm3/h",
    "ст.м3": "Sm3",
    "ст.м3/ч": "Sm3/h",
    "ст.м3/сут": "Sm3/d",
    "%": "%",
    "процент": "%",
    "процентов": "%",
    "проц": "%",
    "шт": "pcs",
    "ед": "pcs",
    "штук": "pcs",
    "дба": "dBA",
    "дб": "dB",
    "бк/кг": "Bq/kg",
    "бк/л": "Bq/l",
    "мкзв/ч": "uSv/h",
    "мкзв/час": "uSv/h",
    "мкр/ч": "uR/h",
    "мкр/час": "uR/h",
    "мзв/год": "mSv/y",
    "ед.рн": "pH",
    "ед.ph": "pH",
}
"""Whole units as written (lower case, spaces dropped) → the ASCII spelling."""

UNIT_PARTS: Final = {
    "г": "g",
    "гр": "g",
    "мг": "mg",
    "мкг": "ug",
    "нг": "ng",
    "кг": "kg",
    "т": "t",
    "тн": "t",
    "тонн": "t",
    "тонна": "t",
    "тонны": "t",
    "л": "l",
    "мл": "ml",
    "дм3": "dm3",
    "м": "m",
    "см": "cm",
    "мм": "mm",
    "км": "km",
    "м2": "m2",
    "км2": "km2",
    "м3": "m3",
    "га": "ha",
    "с": "s",
    "сек": "s",
    "мин": "min",
    "ч": "h",
    "час": "h",
    "часа": "h",
    "часов": "h",
    "минут": "min",
    "суток": "d",
    "дней": "d",
    "дня": "d",
    "лет": "y",
    "сут": "d",
    "сутки": "d",
    "сутк": "d",
    "день": "d",
    "дн": "d",
    "нед": "week",
    "мес": "month",
    "месяц": "month",
    "кв": "kV",
    "год": "y",
    "период": "period",
    "кВт": "kW",
    "квт": "kW",
    "мвт": "MW",
    "кв.м": "m2",
    "куб.м": "m3",
    "бк": "Bq",
    "гкал": "Gcal",
}
"""Unit parts on either side of a slash (lower case) → the ASCII spelling."""

PER_WORDS: Final = (r"в",)
"""Words meaning "per" between two units (`м3 в сутки` → `m3/d`)."""

TEMPERATURE: Final = (r"град\w*(?:\s*(?:C|С|цельси\w*))?",)
"""Spellings of degrees Celsius beyond the symbols (`°C`, `оС`) every language shares."""

# -------------------------------------------------------------- coordinates

HEMISPHERES: Final = {
    r"с\.?\s?ш\.?|сев\.?\s?ш\w*\.?": "N",
    r"ю\.?\s?ш\.?": "S",
    r"в\.?\s?д\.?|вост\.?\s?д\w*\.?": "E",
    r"з\.?\s?д\.?": "W",
    r"широта": "N",  # `широта 52,90304 долгота 69,14844`: the word before the figure (northern and eastern here)
    r"долгота": "E",
    r"С": "N",
    r"Ю": "S",
    r"В": "E",
    r"З": "W",
}
"""Hemisphere markers after (or before) a coordinate: с.ш. north, в.д. east."""

ANGLE_WORDS: Final = {
    r"гр\.?|град\.?|градус\w*": "deg",
    r"мин\.?|минут\w*": "min",
    r"сек\.?|секунд\w*": "sec",
}
"""Degrees, minutes and seconds written as words (`42 гр. 53 мин. 44 сек. с.ш.`)."""


# ---------------------------------------------------------------- frequency

FREQUENCY_WORDS: Final = {
    r"ежедневно|ежесуточно|каждый\s+день|каждые\s+сутки|ежедн\.|ежесут\.": "daily",  # and abbreviated in a cell
    r"еженедельно|каждую\s+неделю|еженед\.": "weekly",
    r"ежемесячно|помесячно|каждый\s+месяц|ежемес\.": "monthly",
    r"ежеквартально|поквартально|каждый\s+квартал|ежекв\.": "quarterly",
    r"каждое\s+полугодие|каждые\s+полгода|раз\s+в\s+полугодие": "semiannual",
    r"ежегодно|каждый\s+год|ежегод\.": "yearly",
    r"постоянно|непрерывно|круглосуточно|в\s+(?:непрерывном|постоянном|круглосуточном)\s+режиме": "continuous",
    r"на\s+постоянной\s+основе": "continuous",
    r"непрерывн\w*\s+(?:контрол|мониторинг|измерен|наблюден)\w*": "continuous",  # `Непрерывный контроль (АСМ)`
    r"однократно|единовременно|одноразово|разово": "once",
    r"^\s*(?:1|один)\s+раз\s*(?:[,;]|\s+(?:перед|до|после|при))": "once",  # `1 раз перед пуском`: before an event
    r"кажд(?:ый|ое)\s+рабоч\w+\s+день|по\s+рабочим\s+дням|ежесменно|кажд(?:ую|ой)\s+смен\w*": "daily",
    r"по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)": "weekly",
    r"кажд(?:ый|ую|ое)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)": "weekly",
    r"кажд(?:ого|ом)\s+месяц\w*": "monthly",
    r"(?:перв|втор|трет|четв[её]рт|последн)\w+\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)\w*\s+(?:каждого\s+)?месяца": "monthly",
    r"кажд(?:ого|ом)\s+квартал\w*|(?:рабочий\s+)?(?:день|недел[юяи]|месяц)\s+квартала": "quarterly",
    r"кажд(?:ого|ом)\s+год\w*": "yearly",
}
"""Fixed phrases that name a frequency by themselves (adverbs; `ежегодного` is not one)."""

PERIOD_WORDS: Final = {
    r"сутки|суток|сут\.?|день|дня|дней": "day",
    r"смену|смены": "shift",
    r"неделю|недели|недель|нед\.": "week",
    r"месяц|месяца|месяцев|мес\.?": "month",
    r"квартал|квартала|кварталов|кварт\.?|кв\.?": "quarter",
    r"полугодие|полугодия|полгода|пол[\s-]года": "halfyear",
    r"год|года|лет|г\.?": "year",
}
"""Calendar periods a frequency counts in (`в квартал`, `в 3 года`)."""

FREQUENCY_PATTERNS: Final = (
    r"(?:(?P<count>{num})\s*)?(?:раза?|р\.?)\s*(?:в|/|за)\s*(?:(?P<every>{num})\s*)?(?P<period>{period})",
    r"(?P<count>{times})\s+(?:в|за)\s+(?:(?P<every>{num})\s*)?(?P<period>{period})",
    r"кажд(?:ые|ый|ую|ое)\s+(?:(?P<every>{num})\s+)?(?P<period>{period})",
    r"(?<![\d/.,])(?P<count>{num})\s*/\s*(?P<period>{period})(?![^\W\d_])",
)
"""`count` times every `every` (default 1) `period`s: `1 раз в квартал`, `2 раза в год`, `1 раз в 3 года`, `1 раз/квартал`, `каждые 3 месяца`,
and the short form of a plan's legend (`1/кв`, `1/г`)."""

FREQUENCY_WHEN: Final = (r"в", r"во")
"""Prepositions before the time of year a measurement is made (`1 раз в год в III квартале`)."""

QUARTER_WORDS: Final = (r"кв\.?", r"квартал\w*")
"""The word a list of quarters stands by (`I–IV кв.`, `II, IV кварталы`)."""

LIST_AND: Final = (r"и",)
"""The `and` between the last two of a list (`II и IV кв.`)."""

QUARTER_PATTERNS: Final = (
    r"(?P<q>[1-4]|IV|III|II|I|{ord})\s*-?\s*(?:[йм]|ый|ом|ого)?\s*(?:квартал\w*|кв\.?)(?!\w)",
)
"""A quarter named as the time of a yearly measurement (`(3 квартал)`, `в III кв.`)."""

SEASONS: Final = {
    r"зим\w*": (12, 1, 2),
    r"весн\w*|весенн\w*": (3, 4, 5),
    r"лет(?:о|ом|а)|летн\w*": (6, 7, 8),
    r"осен\w*": (9, 10, 11),
    r"в\s+конце\s+лета": (8,),
}
"""Seasons named as the time of a measurement."""

# ---------------------------------------------------------------- deadlines

DURATION_UNITS: Final = {
    r"дн(?:ей|я)|день|сут(?:ок|ки)|дневн\w*": "day",
    r"недел[иьюя]|недель|недельн\w*": "week",
    r"месяц(?:а|ев)?|месячн\w*": "month",
    r"год(?:а)?|лет|годичн\w*": "year",
    r"час(?:а|ов)?": "hour",
}
"""Units of a relative deadline (`в течение трех рабочих дней`)."""

REPORT_PERIODS: Final = {
    r"месяц\w*": "month",
    r"квартал\w*": "quarter",
    r"полугоди\w*": "halfyear",
    r"год\w*": "year",
    r"период\w*": None,
}
"""The reporting period a deadline counts from (`за отчетным кварталом`); None: given by the frequency."""

_BY: Final = r"(?:до|не\s+позднее|не\s+позже|в\s+срок\s+до|в\s+срок\s+не\s+позднее)"

DEADLINE_PATTERNS: Final = (
    (
        _BY + r"\s+(?P<day>{day})\s*(?:-?го\s+)?(?:числа\s+)?(?:(?P<nth>{ord})\s+)?"
        r"(?:месяца|мес\.)\s*,?\s*(?:(?:следующего|после)\s+)?(?:за\s+)?"
        r"(?:отч[её]тн\w+|истекш\w+)(?:\s+(?P<period>{period}))?",
        {"period": "month"},
    ),
    (
        _BY + r"\s+(?P<day>{day})\s*(?:-?го\s+)?(?:числа\s+)?(?P<month>{month})\s*,?\s*"
        r"(?:года\s*,?\s*)?(?P<next>следующего\s+за\s+отч[её]тн\w+(?:\s+год\w*)?)",
        {"period": "year"},
    ),
    (_BY + r"\s+(?P<day>\d{1,2})\s+(?P<month>{month})\s+(?P<year>\d{4})\s*(?:года|г\.?)?", {}),
    (_BY + r"\s+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\s*(?:года|г\.?)?", {}),
    (
        r"(?:(?P<annual>ежегодно)\s*,?\s*)?" + _BY + r"\s+(?P<day>{day})\s*(?:-?го\s+)?(?:числа\s+)?"
        r"(?P<month>{month})(?:\s+(?P<annual2>ежегодно|каждого\s+года))?",
        {},
    ),
    (
        r"(?:в\s+течение|в\s+срок\s+не\s+более|не\s+позднее|не\s+позже|в\s+пределах)\s+"
        r"(?:(?P<amount>{num})\s+)?(?:(?P<working>рабоч\w+)\s+|календарн\w+\s+)?(?P<unit>{unit})",
        {},
    ),
    (r"в\s+(?:(?P<amount>{num})\s*-?\s*)?(?P<unit>{unit})\s+срок", {}),
    (r"(?P<immediate>незамедлительно|немедленно|безотлагательно)", {}),
)
"""Deadline phrases. Groups: `day` (of month), `nth` (months after the reporting
period), `month`, `year`, `period` (reporting period word), `next` (the year
after the reporting one), `annual`, `amount` + `unit` (+ `working`) for
relative deadlines, `immediate`. The dictionary gives defaults for absent groups."""

BARE_DEADLINE_PATTERNS: Final = (
    r"(?P<amount>{num})\s+(?:(?P<working>рабоч\w+)\s+|календарн\w+\s+)?(?P<unit>{unit})",
)
"""A bare duration, accepted only as the whole text of a deadline cell (`3 рабочих дня`)."""

# --------------------------------------------------------------- legal refs

LEGAL_UNITS: Final = (
    (r"подпункт\w*|подп\.|пп\.|п\.\s?п\.", "subclause"),
    (r"пункт\w*|п\.", "clause"),
    (r"част(?:ь|и|ью|ей|ям|ями|ях)|ч\.\s?ч\.|ч\.", "part"),
    (r"стать(?:я|и|е|ю|ей|ям|ями|ях)|статей|ст\.\s?ст\.|ст\.", "article"),
    (r"параграф\w*|§", "paragraph"),
    (r"глав(?:а|ы|е|у|ой)|гл\.", "chapter"),
    (r"раздел\w*|разд\.", "section"),
    (r"приложени(?:е|я|ю|ем|и|й|ям|ях)|прил\.", "appendix"),
)
"""Structural words, smallest unit first (a code's раздел holds its главы); plural forms and the
doubled abbreviations (`статей 206, 207`, `ст.ст. 206, 207`, `ч.ч. 1, 2`) name several at once."""

LEGAL_HEADING_WORDS: Final = r"(?:статья|глава|раздел|параграф|§|приложение)"
"""The words a heading opens with (`Статья 5. Цели …`); a unit written otherwise (`ст. 5`) is a citation."""

LEGAL_NUMBER_POSITION: Final = "after"
"""`п. 2 ст. 120`: the number follows its word; chains run from the smallest unit to the largest."""

LEGAL_LIST_SEPARATOR: Final = r"\s*(?:,\s*и|,|и)\s*"
"""Between numbers of one unit (`п. 3, 4, 5`) and between references of one group."""

LEGAL_ACTS: Final = (
    (r"экологическ\w+\s+кодекс\w*", "Экологический кодекс"),
    (r"водн\w+\s+кодекс\w*", "Водный кодекс"),
    (r"земельн\w+\s+кодекс\w*", "Земельный кодекс"),
    (r"лесн\w+\s+кодекс\w*", "Лесной кодекс"),
    (r"налогов\w+\s+кодекс\w*", "Налоговый кодекс"),
    (r"гражданск\w+\s+кодекс\w*", "Гражданский кодекс"),
    (r"трудов\w+\s+кодекс\w*", "Трудовой кодекс"),
    (r"предпринимательск\w+\s+кодекс\w*", "Предпринимательский кодекс"),
    (
        r"административн\w+\s+процедурно-процессуальн\w+\s+кодекс\w*",
        "Административный процедурно-процессуальный кодекс",
    ),
    (
        r"кодекс\w*\s+(?:республики\s+казахстан\s+)?об\s+административных\s+правонарушениях",
        "Кодекс об административных правонарушениях",
    ),
    (
        r"кодекс\w*\s+(?:республики\s+казахстан\s+)?о\s+недрах\s+и\s+недропользовании",
        "Кодекс о недрах и недропользовании",
    ),
    (
        r"инструкци\w+\s+по\s+организации\s+и\s+проведению\s+экологической\s+оценки",
        "Инструкция по организации и проведению экологической оценки",
    ),
    (
        r"методик\w+\s+определения\s+нормативов\s+эмиссий(?:\s+в\s+окружающую\s+среду)?",
        "Методика определения нормативов эмиссий в окружающую среду",
    ),
    (
        r"правил\w*\s+разработки\s+программы\s+производственного\s+экологического\s+контроля",
        "Правила разработки программы производственного экологического контроля",
    ),
    (r"санитарн\w+\s+правил\w*", "Санитарные правила"),
    (r"кодекс(?:а|у|ом|е|ы|ов)?", "Кодекс"),
    (r"закон(?:а|у|ом|е|ы|ов)?|зрк", "Закон"),
    (r"инструкци(?:я|и|ю|ей|ям|ях)", "Инструкция"),
    (r"правил(?:а|ам|ами|ах)?", "Правила"),
    (r"методик(?:а|и|е|у|ой)", "Методика"),
    (r"приказ(?:а|у|ом|е|ы|ов)?", "Приказ"),
    (r"постановлени(?:е|я|ю|ем|и)", "Постановление"),
    (r"положени(?:е|я|ю|ем|и)", "Положение"),
    (r"регламент(?:а|у|ом|е|ы|ов)?", "Регламент"),
    (r"указ(?:а|у|ом|е)?", "Указ"),
    (r"конституци(?:я|и|ю|ей)", "Конституция"),
    (r"(?-i:СП)", "СП"),
    (r"(?-i:ГОСТ(?:\s+Р)?)", "ГОСТ"),
    (r"(?-i:СНиП)", "СНиП"),
    (r"(?-i:СанПиН)", "СанПиН"),
    (r"(?-i:СТ\s+РК)", "СТ РК"),
)
"""Act names, most specific first, with the name in the nominative case."""

LEGAL_GENERIC_ACTS: Final = frozenset(
    {"Кодекс", "Закон", "Инструкция", "Правила", "Санитарные правила", "Методика", "Приказ", "Постановление"}
    | {"Положение", "Регламент", "Указ", "СП", "ГОСТ", "СНиП", "СанПиН", "СТ РК"}
)
"""Act words that name no act by themselves; kept only in a reference or with a number, date or title."""

LEGAL_ISSUED_ACTS: Final = frozenset({"Приказ", "Постановление", "Указ"})
"""Acts whose issuer stands between the name and the date (`приказ Министра … от 14 июля 2021 года № 250`)."""

LEGAL_JURISDICTION: Final = r"(?:Республики\s+Казахстан|РК|Российской\s+Федерации|РФ)"
"""Written after an act's name and dropped from it."""

LEGAL_LINKERS: Final = r"(?:к|в)"
"""Words between a reference and its act (`Приложения 2 к Инструкции`)."""

LEGAL_INTERNAL_BEFORE: Final = r"(?:настоящ\w+|данн(?:ого|ой|ых|ым|ому))"
"""`статьи 182 настоящего Кодекса`: the act is the document itself."""

LEGAL_APPROVED_BY: Final = r"(?:утвержд[её]нн\w+|утв\.)\s+(?:приказом|постановлением|решением)"
"""`…, утвержденной приказом … от … №280`: the number and date of the approving act."""

LEGAL_NUMBER: Final = (
    r"(?:(?:№|(?-i:N)(?=\s?\d))\s*"
    r"(?P<number>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,3}\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))?[^\W_]+(?:[-/.][^\W_]+)*)"
    r"|(?:(?<=ГОСТ\s)|(?<=ГОСТ\sР\s)|(?<=СНиП\s)|(?<=СП\s)|(?<=СП\sРК\s)|(?<=СТ\sРК\s)|(?<=СанПиН\s))"
    r"(?P<standard>(?:(?-i:[A-ZА-ЯЁ]{2,4})\s)?\d+(?:[.\-:/]\d+)*))"
)
"""An act's number (`№ 400-VI`, `№280`, `№ҚР ДСМ-2`, `N 89-ФЗ` as Russian acts write it), or a
standard's designation right after its name (`ГОСТ 17.2.3.02-2014`, `СП РК 2.04-01-2017`)."""

LEGAL_DATE_PREFIX: Final = r"от"
"""The word before an act's date (`от 2 января 2021 года`)."""

LEGAL_ALIAS_PATTERNS: Final = (r"\(\s*далее\s*[-–—]?\s*(?P<alias>[^()]{1,60}?)\s*\)",)
"""`(далее – Кодекс)`: a short name for the act just named."""

# -------------------------------------------------------------- identifiers

SOURCE_MARKERS: Final = (r"ист\.", r"источник\w*", r"ИЗА", r"№", r"номер\w*")
"""Words before an emission source number."""

YEAR_MARKERS: Final = (r"г\.", r"гг\.?", r"год\w*")
"""Words after a year (`2027 г.`)."""

PAGE_MARKERS: Final = (r"стр\.", r"с\.", r"лист\w*", r"страниц\w*")
"""Words before a page number."""

# -------------------------------------------------------------------- stamps

STAMP_NUMBER_LABELS: Final = (r"номер", r"рег\.\s*номер")
"""Labels of the registration number in an e-document stamp (`Номер: KZ87VWF00069984`)."""

STAMP_DATE_LABELS: Final = (r"дата",)
"""Labels of its date (`Дата: 04.07.2022`)."""

# ---------------------------------------------------------------- detection

LANGUAGE_WORDS: Final = frozenset(
    """
    и в во на по с со для не от к ко о об обо из за при до или что как это также а но у без через между
    под над перед после согласно всего итого г гг тоо ао ип год года лет раз
    """.split()
)
"""Russian function words and abbreviations that Kazakh does not use (it writes `және`, `ЖШС`, `ж.`):
evidence for Russian in a short text that names a Kazakh place (`в районе Ақтөбе`)."""

LANGUAGE_SUFFIXES: Final = (
    r"(?:ого|его|ому|ему|ыми|ими|ость|ости|ение|ения|ении|ание|ания|ании|ция|ции|тся|ться|ешь|ишь)$",
    r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ую|юю)$",
    r"(?:ка|ки|ку|ов|ев|ям|ах|ях|ть)$",
    r"(?:тель|теля|телю|телем|тели|телей|ник|ника|ники|ство|ства|ству|ок)$",
)
"""Russian word endings (adjectives, verbal and agent nouns, infinitives, plural cases), counted only
in words without a Kazakh letter."""


MONTH_RANGE_WORDS: Final = (r"по", r"до")
"""Between two months, a window of every month between (`с января по декабрь`), not those two."""

MONTH_NUMBER_LISTS: Final = (r"(?:месяц\w*|мес\.)\s*:?\s*(?P<list>\d{1,2}(?:\s*(?:,|;|и)\s*\d{1,2})+)(?![\d/.])",)
"""Months given by their numbers after one word for month (`Tháng 1, 4, 7, 10`): the months of sampling."""


CHEMICAL_TRANSLIT: Final = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "k", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
"""Cyrillic letters as a chemical name's Latin spelling has them (`х` in `хлор` is the `ch` of `chlor`, `ц` in
`ацетат` the soft `c` of `acetate`): the Russian names of the full list compared with Latin-script ones."""
