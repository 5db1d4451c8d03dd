"""Kazakh: the words, abbreviations and patterns the normalisers look for.

Data only, in the shapes documented in `ru.py`. Kazakh is head-final: the
number comes before its structural word (`18-бабының 2-тармағы`), the act
before the article (`Экология кодексінің 182-бабы`), the period before the
count (`тоқсанына 1 рет`); the patterns below say so, the logic does not care.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "kk"

# ------------------------------------------------------------------ numbers

MULTIPLIERS: Final = {r"мың": 1e3, r"млн\.?|миллион": 1e6, r"млрд\.?|миллиард": 1e9}

NOT_DETECTED: Final = (r"анықталмады|анықталған\s+жоқ", r"табылмады|табылған\s+жоқ")

COMPARATORS_BEFORE: Final = {r"кемінде|кем\s+дегенде": ">=", r"ең\s+көбі": "<="}

COMPARATORS_AFTER: Final = {
    r"(?:-?[дтн][аеы]н\s+)?кем\s+емес": ">=",
    r"(?:-?[дтн][аеы]н\s+)?артық\s+емес|(?:-?[дтн][аеы]н\s+)?аспайды": "<=",
}
"""Comparison words written after a figure (`500 м-ден кем емес`)."""

RANGES_AFTER: Final = (r"(?P<a>\d[\d\s]*(?:[.,]\d+)?)\s*-?\s*[дтн][аеы]н\s+(?P<b>\d[\d\s]*(?:[.,]\d+)?)\s*-?\s*(?:[ғгқк][аеы]|[нй]?[аеы])\s+дейін",)
"""A range written with case endings (`6,5-ден 9-ға дейін`, `6,5-тен 8,5-ке дейін`): from `a` to `b`."""

NUMBER_WORDS: Final = {
    r"бір": 1,
    r"екі": 2,
    r"үш": 3,
    r"төрт": 4,
    r"бес": 5,
    r"алты": 6,
    r"жеті": 7,
    r"сегіз": 8,
    r"тоғыз": 9,
    r"он": 10,
    r"он\s+екі": 12,
    r"он\s+бес": 15,
    r"жиырма": 20,
    r"отыз": 30,
    r"қырық": 40,
    r"алпыс": 60,
}
"""Cardinal numbers (`үш жұмыс күні`). `тоқсан` (90) is left out: it is also "quarter"."""

ORDINAL_WORDS: Final = {
    r"бірінші": 1,
    r"екінші": 2,
    r"үшінші": 3,
    r"төртінші": 4,
    r"бесінші": 5,
    r"алтыншы": 6,
    r"жетінші": 7,
    r"сегізінші": 8,
    r"тоғызыншы": 9,
    r"оныншы": 10,
    r"он\s+бесінші": 15,
    r"жиырмасыншы": 20,
    r"жиырма\s+бесінші": 25,
    r"отызыншы": 30,
}

MONTHS: Final = {
    r"қаңтар\w*": 1,
    r"ақпан\w*": 2,
    r"наурыз\w*": 3,
    r"сәуір\w*": 4,
    r"мамыр\w*": 5,
    r"маусым\w*": 6,
    r"шілде\w*": 7,
    r"тамыз\w*": 8,
    r"қыркүйек\w*": 9,
    r"қазан\w*": 10,
    r"қараша\w*": 11,
    r"желтоқсан\w*": 12,
    r"қаң\.": 1,
    r"ақп\.": 2,
    r"нау\.": 3,
    r"сәу\.": 4,
    r"мам\.": 5,
    r"мау\.": 6,
    r"шіл\.": 7,
    r"там\.": 8,
    r"қыр\.": 9,
    r"қаз\.": 10,
    r"қар\.": 11,
    r"жел\.": 12,
}

DATE_PATTERNS: Final = (r"(?P<year>\d{4})\s+ж(?:ыл\w*|\.)\s+(?P<day>\d{1,2})\s+(?P<month>{month})",)
"""`2003 жылдың 7 қаңтарындағы`, `2021 жылғы 2 қаңтардағы`."""

# -------------------------------------------------------------------- units

UNIT_ALIASES: Final = {"т/жыл": "t/y", "тонна/жыл": "t/y", "т/тәул": "t/d", "т/кезең": "t/period"}

UNIT_PARTS: Final = {
    "жыл": "y",
    "тәул": "d",
    "тәулік": "d",
    "күн": "d",
    "сағ": "h",
    "сағат": "h",
    "тонна": "t",
    "ай": "month",
    "кезең": "period",
}

# -------------------------------------------------------------- coordinates

HEMISPHERES: Final = {
    r"с\.?\s?е\.?|солт\.?\s?е\w*\.?": "N",
    r"о\.?\s?е\.?|оңт\.?\s?е\w*\.?": "S",
    r"ш\.?\s?б\.?|шығ\.?\s?б\w*\.?": "E",
    r"б\.?\s?б\.?|бат\.?\s?б\w*\.?": "W",
    r"ендік": "N",  # `ендік 52,90247 бойлық 69,14873`: the word before the figure (northern and eastern here)
    r"бойлық": "E",
}
"""солтүстік ендік north, оңтүстік ендік south, шығыс бойлық east, батыс бойлық west."""

ANGLE_WORDS: Final = {
    r"град\.?|градус\w*": "deg",
    r"мин\.?|минут\w*": "min",
    r"сек\.?|секунд\w*": "sec",
}
"""Degrees, minutes and seconds written as words (`50 град. 04 мин. 05 сек. с.е.`)."""


# ---------------------------------------------------------------- frequency

FREQUENCY_WORDS: Final = {
    r"күн\s+сайын|күнделікті|тәулік\s+сайын": "daily",
    r"апта\s+сайын": "weekly",
    r"ай\s+сайын": "monthly",
    r"тоқсан\s+сайын": "quarterly",
    r"жарты\s+жыл\s+сайын": "semiannual",
    r"жыл\s+сайын": "yearly",
    r"үздіксіз|тұрақты\s+түрде|тәулік\s+бойы": "continuous",
    r"бір\s+реттік|біржолғы|бір\s+рет\s+қана": "once",
    r"^\s*(?:1|бір)\s+рет(?=\s*(?:$|\())": "once",  # `бір рет` alone in a phase's frequency cell, or `бір рет (фон)`
    r"^\s*(?:1|бір)\s+рет\s*[,;]": "once",  # `бір рет, пешті тұтатқанға дейін`: once, before an event
    r"(?:алдында|дейін|кейін|соң|басында|соңында)\s+(?:1|бір)\s+рет\s*$": "once",  # `іске қосар алдында бір рет`
    r"әр\s+(?:жұмыс\s+)?күн\w*|әр\s+ауысым\w*": "daily",
    r"әр\s+(?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|апта)\w*": "weekly",
    r"әр\s+ай\w*": "monthly",
    r"айдың\s+(?:бірінші|екінші|үшінші|төртінші|соңғы)\s+[^\W\d_]+": "monthly",  # `айдың бірінші сәрсенбісінде`
    r"әр\s+тоқсан\w*": "quarterly",
    r"әр\s+жыл\w*": "yearly",
}

PERIOD_WORDS: Final = {
    r"тәулігіне|тәулікте|тәулік|күніне|күнде": "day",
    r"аптасына|аптада|апта": "week",
    r"айына|айда|ай": "month",
    r"тоқсанына|тоқсанда|тоқсан|тоқс?\.?|тқс?\.?": "quarter",
    r"жарты\s+жылда|жарты\s+жылына|жартыжылдықта": "halfyear",
    r"жылына|жылда|жыл|ж\.?": "year",
}

FREQUENCY_PATTERNS: Final = (
    r"(?:(?P<every>{num})\s+)?(?P<period>{period})\s+(?:кемінде\s+|ең\s+кемі\s+)?(?P<count>{num})\s+(?:рет(?:тен)?|р\.|р(?![^\W\d_]))",  # `тәулігіне 1 р` with or without its dot
    r"(?<![\d/.,])(?P<count>{num})\s*/\s*(?P<period>{period})(?![^\W\d_])",  # a legend's short form: `1/тоқ`, `1/ж`
    r"(?<![\d/.,])(?P<count>{num})\s*(?:рет|р\.?)\s*/\s*(?P<period>{period})(?![^\W\d_])",  # `1 р/тоқс`, `2 рет/жыл`
)
"""`тоқсанына 1 рет`, `жылына 2 рет`, `3 жылда 1 рет`, `айына кемінде бір рет` (at least once a month),
`аптасына 1 реттен сирек емес` (not less often than once a week)."""

QUARTER_WORDS: Final = (r"тоқс\.?", r"тоқсан\w*", r"тқс\.?")
"""The word a list of quarters stands by (`I–IV тоқс.`)."""

LIST_AND: Final = (r"және",)
"""The `and` between the last two of a list."""

QUARTER_PATTERNS: Final = (r"(?P<q>[1-4]|IV|III|II|I|{ord})\s*-?\s*(?:тоқсан\w*|тоқс\.?|тқс\.?)",)  # `I тқс.` abbreviated

SEASONS: Final = {
    r"қыс(?:та|қы|ы)?": (12, 1, 2),
    r"көктем\w*": (3, 4, 5),
    r"жаз(?:да|ғы|ы)?": (6, 7, 8),
    r"күз(?:де|гі|і)?": (9, 10, 11),
}

# ---------------------------------------------------------------- deadlines

DURATION_UNITS: Final = {
    r"күн\w*|тәулік\w*": "day",
    r"апта\w*": "week",
    r"ай(?:дың|ы|да|ға|дан)?": "month",
    r"жыл\w*": "year",
    r"сағат\w*": "hour",
}

REPORT_PERIODS: Final = {
    r"тоқсан\w*": "quarter",
    r"ай(?:дан|ға|дың|ы)?": "month",
    r"жарты\s+жыл\w*|жартыжылдық\w*": "halfyear",
    r"жыл\w*": "year",
    r"кезең\w*": None,
}

DEADLINE_PATTERNS: Final = (
    (
        r"есепті\s+(?P<period>{period})\s+кейінгі\s+(?:(?P<nth>{ord})\s+)?айдың\s+"
        r"(?P<day>{day})(?:\s*-\s*\w{1,4})?(?:\s+күн\w*)?\s+дейін",
        {},
    ),
    (
        r"есепті\s+(?P<period>{period})\s+кейінгі\s+(?P<next>жылдың)\s+(?P<day>{day})\s+(?P<month>{month})\s+"
        r"(?:дейін|кешіктірмей)",
        {},
    ),
    (r"(?P<year>\d{4})\s+жыл\w*\s+(?P<day>\d{1,2})\s+(?P<month>{month})\s+(?:дейін|кешіктірмей)", {}),
    (r"(?:(?P<annual>жыл\s+сайын)\s+)?(?P<day>\d{1,2})\s+(?P<month>{month})\s+(?:дейін|кешіктірмей)", {}),
    (r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\s*(?:ж\.?\s*)?(?:дейін|кешіктірмей)", {}),
    (
        r"(?:күнтізбелік\s+)?(?P<amount>{num})\s+(?:(?P<working>жұмыс)\s+)?(?:күнтізбелік\s+)?(?P<unit>{unit})\s+"
        r"(?:ішінде|бойы|кешіктірмей)",
        {},
    ),
    (r"(?P<immediate>дереу|кідіріссіз|жедел\s+түрде)", {}),
)
"""`есепті тоқсаннан кейінгі екінші айдың бірінші күніне дейін`, `үш жұмыс күні ішінде`."""

BARE_DEADLINE_PATTERNS: Final = (r"(?P<amount>{num})\s+(?:(?P<working>жұмыс)\s+)?(?P<unit>{unit})",)

# --------------------------------------------------------------- legal refs

LEGAL_UNITS: Final = (
    (r"тармақша\w*", "subclause"),
    (r"тарма[қғ]\w*", "clause"),
    (r"бөлі[кг]\w*", "part"),
    (r"ба[пб]\w*", "article"),
    (r"параграф\w*", "paragraph"),
    (r"тарау\w*", "chapter"),
    (r"бөлім\w*", "section"),
    (r"қосымша\w*", "appendix"),
)

LEGAL_HEADING_WORDS: Final = r"(?:бап|тарау|бөлім|параграф|қосымша)"
"""The words a heading is written with (`5-бап. …`); an inflected unit (`238-бабына`) is a citation."""

LEGAL_NUMBER_POSITION: Final = "before"
"""`18-бабының 2-тармағы`: the number comes first; chains run from the largest unit to the smallest."""

LEGAL_LIST_SEPARATOR: Final = r"\s*(?:,|және|мен)\s*"

LEGAL_ACTS: Final = (
    (r"экология(?:лық)?\s+кодекс\w*", "Экология кодексі"),
    (r"су\s+кодекс\w*", "Су кодексі"),
    (r"жер\s+кодекс\w*", "Жер кодексі"),
    (r"салық\s+кодекс\w*", "Салық кодексі"),
    (r"кодекс\w*", "Кодекс"),
    (r"заң\w*", "Заң"),
    (r"қағида\w*", "Қағидалар"),
    (r"нұсқаулы[қғ]\w*", "Нұсқаулық"),
    (r"бұйры[қғ]\w*", "Бұйрық"),
    (r"қаулы\w*", "Қаулы"),
    (r"әдістеме\w*", "Әдістеме"),
)

LEGAL_GENERIC_ACTS: Final = frozenset(
    {"Кодекс", "Заң", "Қағидалар", "Нұсқаулық", "Бұйрық", "Қаулы", "Әдістеме"}
)

LEGAL_JURISDICTION: Final = r"(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)"

LEGAL_INTERNAL_BEFORE: Final = r"осы"

LEGAL_NUMBER: Final = r"№\s*(?P<number>[^\W_]+(?:[-/.][^\W_]+)*)"

LEGAL_ACT_PREFIX: Final = (
    r"(?:(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)\s+)?"
    r"(?:(?P<year>\d{4})\s+ж(?:ыл\w*|\.)\s+(?P<day>\d{1,2})\s+(?P<month>{month})\s+)?"
    r"(?:№\s*(?P<number>[^\W_]+(?:[-/.][^\W_]+)*)\s+(?:(?-i:ҚРЗ|ЗРК)\s+)?)?"
    r"(?:[«\"“](?P<title>[^»\"”]{3,200})[»\"”]\s+туралы\s+)?"
    r"(?:(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)\s+)?$"
)
"""What stands before a Kazakh act's name: date, number (a code's or law's with its `ҚРЗ`), «title»
туралы (`… «…» туралы заңның`, `2021 жылғы 2 қаңтардағы № 400-VI ҚРЗ Экология кодексі`)."""

LEGAL_ALIAS_PATTERNS: Final = (r"\(\s*бұдан\s+әрі\s*[-–—]?\s*(?P<alias>[^()]{1,60}?)\s*\)",)

# -------------------------------------------------------------- identifiers

SOURCE_MARKERS: Final = (r"көз\w*",)

YEAR_MARKERS: Final = (r"ж\.", r"жыл\w*")

PAGE_MARKERS: Final = (r"бет\w*",)

# -------------------------------------------------------------------- stamps

STAMP_NUMBER_LABELS: Final = (r"нөмір(?:і)?", r"тіркеу\s+нөмірі")
"""Labels of the registration number in an e-document stamp (`Нөмірі: KZ…`, `Тіркеу нөмірі: KZ…`)."""

STAMP_DATE_LABELS: Final = (r"күні", r"(?:берілген|тіркеу)\s+күні")
"""Labels of its date (`Күні: 04.07.2022`)."""

# ---------------------------------------------------------------- detection

LANGUAGE_WORDS: Final = frozenset(
    """
    мен бен пен бойынша туралы сайын рет жыл жылы жылына жылда ай айына айда апта аптасына
    жер су суы сулар суларды ауа ауаны ауасы асты үсті есеп есепті есептер беру алу жою жасау сақтау
    тексеру орындау жинау тазалау жоспар жоспары жоспарын жоспарлы жауапты жауаптылар осы бойы бастап
    шейін болып болады болуы болса керек мерзім мерзімі орны орындалуы орындаушы тау кен кені кеніші
    жоба жобасы жобаны зат заттар заттары шара шаралар шаралары жшс облысы ауданы ауылы саны уақыты
    талап талаптары басшысы ластаушы ластау сапасы сапасын жалпы барлығы орта ортаны жатады алынады
    жасалады жүзеге асыру арасында ж
    """.split()
)
"""Frequent Kazakh words written without the letters only Kazakh uses (`есеп беру`, `жыл сайын`), for
telling short texts (a cell, a heading) from Russian; words with those letters are counted anyway."""

LANGUAGE_SUFFIXES: Final = (
    r"(?:лар|лер|дар|дер|тар|тер)(?:ды|да|де|дан|ден|ын|ымен|ға|ге)$",
    r"[^аеиоуыэюя](?:ау|еу)$",
    r"(?:ынша|інше)$",
    r"(?:ылады|іледі|алады|еледі|етін|атын|йтын|йтін)$",
)
"""Kazakh word endings without its own letters: case forms of plurals (`заттарды`), verbal nouns
(`сақтау`, `өлшеу`), postpositions and verb forms (`жүргізіледі`, `жасалады`)."""


MONTH_NUMBER_LISTS: Final = (r"(?:ай\w*)\s*:?\s*(?P<list>\d{1,2}(?:\s*(?:,|;|және)\s*\d{1,2})+)(?![\d/.])",)
"""Months given by their numbers after one word for month (`Tháng 1, 4, 7, 10`): the months of sampling."""
