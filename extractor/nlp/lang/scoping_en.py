"""English: the words of scoping conclusions («заключение об определении сферы охвата»).

Data only; `extractor.extractors.scoping.words` reads it. Patterns are regular-expression
fragments; labelled tables map a pattern to its value. A language that has nothing for a name
leaves it out; `scoping_ru` documents every name.
"""

from __future__ import annotations

from typing import Final

LEGAL_FORMS: Final = ("LLP", "JSC", "LLC")
