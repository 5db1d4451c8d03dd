"""Russian: the words of scoping conclusions («заключение об определении сферы охвата»).

Data only; `extractor.extractors.scoping.words` reads it. Patterns are regular-expression
fragments; labelled tables map a pattern to its value. A language that has nothing for a name
leaves it out; `scoping_ru` documents every name.
"""

from __future__ import annotations

from typing import Final

CONCLUSIONS: Final = ("выводы?",)
"""The heading that opens the numbered requirements (at the start of a block)."""

INITIATOR: Final = (
    r"сведения\s+об\s+инициаторе[^:]{0,80}:",
    r"инициатор\w*\s+намечаемой\s+деятельности\s*[:\-–—]",
)
"""Phrases after which the applicant's name, address and BIN follow."""

LEGAL_FORMS: Final = ("ТОО", "АО", "ИП", "ГУ", "ГКП", "РГП", "КГП", "ПК", "ЧУ", "КГУ", "РГУ")
"""Legal forms written next to a quoted organisation name (`ТОО «…»`, `«…» ЖШС`)."""

CATEGORY: Final = (
    r"относ\w*\s+к\s+объектам\s+(?P<c>IV|I{1,3}|[1-4])\s+категори",
    r"(?P<c>IV|I{1,3}|[1-4])\s+категори",
)
"""The object category (`I категории`, `II санаттағы`); earlier patterns are more specific."""

PERIODS: Final = {
    r"период\w*\s+(?:проведения\s+)?(?:строительств|смр)\w*|строительн\w*\s+период\w*|(?:при|во\s+время)\s+строительств\w*|строительства\s*:": "construction",
    r"период\w*\s+эксплуатаци\w*|эксплуатационн\w*\s+период\w*|(?:при|во\s+время)\s+эксплуатаци\w*|эксплуатации\s*:": "operation",
}
"""Phrases that put what follows into the construction or the operation period."""

SECTIONS: Final = (
    "Выбросы",
    "Сбросы",
    "Отходы",
    r"Краткая\s+характеристика",
    "Мероприятия",
    r"Меры\s+по",
    r"Использование\s+водных",
    "Сырье",
    r"Сроки\s+реализации",
)
"""Capitalised section headers of the retold statement; a period named before one does not carry past it."""

EMISSION_SECTIONS: Final = ("Выбросы",)

WASTE_SECTIONS: Final = ("Отходы",)

HAZARD: Final = (
    (r"(?<![^\W\d_])не\s*опасн\w*\s+отход\w*", False),
    (r"(?<![^\W\d_])опасн\w*\s+отход\w*", True),
)
"""Headers of the hazardous / non-hazardous waste lists."""

HAZARD_SUBTOTAL: Final = ((r"(?<![^\W\d_])не\s*опасн\w*", False), (r"(?<![^\W\d_])опасн\w*", True))
"""Labels of the subtotals in a waste total sentence (`из них опасные – 0,005 т`)."""

SUBTOTAL_LEAD: Final = (r"из\s+них", r"в\s+том\s+числе", r"в\s+т\.\s?ч\.")
"""Words that open the breakdown of a total."""

TOTALS: Final = (
    r"общ\w*\s+(?:объ[её]м|количеств|лимит|масс)\w*",
    r"всего|итого|суммарн\w*|валов\w*",
    r"(?<![^\W\d_])(?:выброс\w*|составит|составят|составля\w*)(?![^\W\d_])",
)
"""Words of a total line (`Общий объем выбросов … составит: …`): checked against the items, never an item."""

HAZARD_CLASS: Final = (
    r"\(\s*([1-4]|IV|I{1,3})\s*-?\s*(?:й\s+)?кл(?:асс)?\w*\.?[^()]*\)",
    r"\(\s*кл(?:асс)?\w*\.?\s*(?:опасн\w*\.?)?\s*[-–—:]?\s*([1-4]|IV|I{1,3})\s*\)",
    r"(?<![\w,.])([1-4])\s*(?:-?\s*й\s+)?класс\w*\s+опасност\w*",
    r"класс\w*\s+опасност\w*\s*[-–—:]?\s*([1-4])(?![\w,]|\.\d)",
)
"""Hazard class notes of a substance (`(3 кл. опасн.)`, `2 класс опасности`); `(-)` means none."""

LIMIT_WORDS: Final = (r"ПДК\w*", "ОБУВ", "ПДУ")
"""Abbreviations that open a limit value in a parenthesis: `(ПДК - 0,5 мг/м3)`."""

MEDIA: Final = {
    r"атмосферн\w*\s+воздух\w*|воздух\w*\s+(?:рабочей|жилой)\s+зоны": "air",
    r"(?:поверхностн|подземн|грунтов|питьев)\w*\s+вод\w*": "water",
    r"сточн\w*\s+вод\w*": "waste_water",
    r"почв\w*": "soil",
}
"""Phrases that say which environment the measurements after them concern."""

MUST: Final = (
    r"необходим\w*|следует|должн\w*|обязан\w*|обязательн\w*|требуется",
    "предусмотреть|указать|представить|привести|приложить|провести|выполнить|рассмотреть",
)
"""Words that make a sentence an obligation."""

MUST_NOT: Final = (r"не\s+допуска\w*|запрещ\w*|не\s+разреша\w*|не\s+должн\w*|не\s+следует",)
"""Words that make it a prohibition."""

ACTORS: Final = (
    r"(?:\w+(?:ым|им|ой|ому|ему|ые|ий|ый)\s+)?(?:организаци|орган)\w*",
    r"(?:оператор|инициатор|природопользовател|недропользовател|заказчик|подрядчик)\w*",
)
"""Who can be named as the one who must act, before the obligation word of a sentence."""

PREPOSITIONS: Final = ("по", "для", "к", "с", "со", "от", "в", "во", "на", "при", "об", "о", "из", "до", "за")
"""A noun right after one of these is no actor (`Инструкции по организации`)."""

DEFAULT_ACTOR: Final = "инициатор"
"""Who must act when the requirement names nobody: the initiator, who writes the report."""

SIGNATURE: Final = (
    r"заместитель|зам\.|руководител\w*|председател\w*|директор\w*|начальник\w*|министр\w*|вице-министр\w*",
    r"и\.\s?о\.|главн\w+\s+специалист\w*|исп(?:\.|олнитель\w*)",
    r"(?:[^\W\d_]+\s+){1,2}(?:руководител|председател|начальник|директор)\w*(?=.*(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))",
)
"""Position words that open the signature below the list: the list ends there."""
