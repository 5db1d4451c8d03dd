"""Kazakh: the words of environmental permits (экологиялық рұқсат, кешенді экологиялық рұқсат)."""

from __future__ import annotations

from typing import Final

ISSUER: Final = (
    r"министрлі\w*",
    r"комитет\w*",
    r"департамент\w*",
    r"басқарма\w*",
    r"әкімді\w*",
    r"инспекция\w*",
)

VALIDITY: Final = (r"қолданылу\s+мерзімі", r"жарамдылық\s+мерзімі")

TERM_YEARS: Final = (r"(?P<years>\d{1,2})\s*жыл\w*\s+мерзім",)

RENEWAL_LEAD: Final = (r"мерзімі\s+аяқталғанға\s+дейін\s+(?P<n>\d{1,3})\s*(?P<unit>ай|күн|жұмыс\s+күн)\w*",)

RENEWAL_TEXT: Final = "Рұқсаттың қолданылу мерзімі аяқталғанға дейін ({date}) жаңа рұқсат алуға жүгіну"

FACILITY_LABEL: Final = (r"^\s*(?:\d+(?:\.\d+)*[.)]\s*)?(?P<label>[^:]{2,80}?)\s*:\s*(?P<value>\S.*)$",)

DATE_LABELS: Final = (r"берілген\s+күні", r"тіркелген\s+күні")
