"""Kazakh: the words of scoping conclusions («заключение об определении сферы охвата»).

Data only; `extractor.extractors.scoping.words` reads it. Patterns are regular-expression
fragments; labelled tables map a pattern to its value. A language that has nothing for a name
leaves it out; `scoping_ru` documents every name.
"""

from __future__ import annotations

from typing import Final

CONCLUSIONS: Final = (r"қорытынды\w*",)

INITIATOR: Final = (r"бастамашы\w*\s+туралы\s+мәліметтер[^:]{0,80}:", r"бастамашы\w*[^:]{0,60}:")

LEGAL_FORMS: Final = ("ЖШС", "АҚ", "ЖК", "ММ", "КММ", "РММ", "МКК")

CATEGORY: Final = (r"(?P<c>IV|I{1,3}|[1-4])\s+санат",)

PERIODS: Final = {
    r"құрылыс\s+(?:жұмыстары\s+)?кезең\w*": "construction",
    r"пайдалану\s+кезең\w*": "operation",
}

SECTIONS: Final = ("Шығарындылар", "Төгінділер", "Қалдықтар", "Іс-шаралар")

EMISSION_SECTIONS: Final = ("Шығарындылар",)

WASTE_SECTIONS: Final = ("Қалдықтар",)

HAZARD: Final = ((r"қауіпті\s+емес\s+қалдық\w*", False), (r"қауіпті\s+қалдық\w*", True))

HAZARD_SUBTOTAL: Final = ((r"қауіпті\s+емес", False), (r"қауіпті(?!\s+емес)", True))

SUBTOTAL_LEAD: Final = (r"оның\s+ішінде",)

TOTALS: Final = ("барлығы|жиыны|құрайды", r"жалпы\s+(?:көлем|мөлшер|лимит)\w*", r"шығарынды\w*")

HAZARD_CLASS: Final = (
    r"\(\s*([1-4])\s*(?:-?\s*ші\s+)?қауіп\w*[^()]*\)",
    r"\(\s*қауіптілік\s+класы\s*[-–—:]?\s*([1-4])\s*\)",
    r"(?<![\w,.])([1-4])\s*(?:-?\s*ші\s+)?қауіптілік\s+класы\w*",
)

LIMIT_WORDS: Final = (r"ШЖК\w*",)

MEDIA: Final = {
    r"атмосфералық\s+ауа\w*": "air",
    r"(?:жер\s+үсті|жерасты|жер\s+асты)\s+су\w*": "water",
    r"ағынды\s+су\w*": "waste_water",
    r"топыра[қғ]\w*": "soil",
}

MUST: Final = ("қажет|тиіс|міндетті|керек", "қарастыру|көрсету")

MUST_NOT: Final = (r"жол\s+берілмейді|тыйым\s+салынады|рұқсат\s+етілмейді",)

ACTORS: Final = (r"(?:оператор|бастамашы|ұйым)\w*", r"тапсырыс\s+беруш\w*")

DEFAULT_ACTOR: Final = "бастамашы"

SIGNATURE: Final = (
    r"төраға\w*|басшы\w*|орынбасар\w*|директор\w*|орынд(?:\.|аушы\w*)",
    r"(?:[^\W\d_]+\s+){1,2}(?:басшы|төраға|орынбасар|директор)\w*(?=.*(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))",
)
