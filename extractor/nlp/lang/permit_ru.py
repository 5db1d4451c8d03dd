"""Russian: the words of environmental permits (разрешение на эмиссии, комплексное экологическое разрешение).

Data only; `extractor.extractors.permit` reads it. Patterns are regular-expression fragments
matched case-insensitively. Every `permit_<code>` module has the same names.
"""

from __future__ import annotations

from typing import Final

ISSUER: Final = (
    r"министерств\w*",
    r"комитет\w*",
    r"департамент\w*",
    r"управлени\w*",
    r"акимат\w*",
    r"инспекци\w*",
)
"""Words of the issuing body's line above the title (the last such line is the issuer)."""

VALIDITY: Final = (r"срок\w*\s+действия", r"действительн\w*\s+(?:до|по|с)", r"выдан\w*\s+на\s+срок")
"""Words that open the permit's term."""

TERM_YEARS: Final = (r"на\s+(?P<years>\d{1,2})\s*(?:\(\w+\)\s*)?(?:лет|года|год)",)
"""A term given in years from the date of issue."""

RENEWAL_LEAD: Final = (
    r"не\s+позднее\s+(?:чем\s+)?за\s+(?P<n>\d{1,3})\s*(?P<unit>месяц|дн|календарн\w*\s+дн|рабоч\w*\s+дн)\w*\s+до\s+(?:истечения|окончания)",
)
"""How long before the term ends a new permit must be applied for."""

RENEWAL_TEXT: Final = "Обратиться за новым разрешением до окончания срока действия ({date})"
"""The duty a term implies, written in the document's language."""

FACILITY_LABEL: Final = (r"^\s*(?:\d+(?:\.\d+)*[.)]\s*)?(?P<label>[^:]{2,80}?)\s*:\s*(?P<value>\S.*)$",)
"""A `label: value` line of the facility's details."""

DATE_LABELS: Final = (r"дата\s+выдачи", r"дата\s+регистрации")
"""Labels of the date of issue (`Дата выдачи: 10.02.2024`)."""
