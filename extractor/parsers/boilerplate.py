"""Stamps and running text that are not part of a document's body.

Documents issued through Kazakhstan's e-government portals carry a stamp on
every page: the registration number and date at the top, and a statement in
Kazakh and Russian that the electronic document equals a paper one at the
bottom. In a PDF they are found by repetition; in a text dump they occur once
per page, so they are also recognised by their wording.
"""

from __future__ import annotations

import re

# Lines that open a stamp paragraph.
STAMP_STARTS = [
    r"(?:Номер|Нөмір)\s*:\s*\S+",
    r"(?:Дата|Күні)\s*:\s*\d{2}\.\d{2}\.\d{4}",
    r"Бұл құжат ҚР \d{4} жылдың",
    r"Осы құжат «Электронды",
    r"Данный документ согласно пункту \d+ статьи \d+ ЗРК",
    r"Электрондық құжат\s+www\.",
    r"Электронный документ сформирован на портале",
]
# Words found only inside such stamps.
STAMP_WORDS = [
    r"www\.elicense\.kz",
    r"e-licensing\.kz",
    r"порталында құрылған",
    r"подлинность электронного документа",
]

_START = re.compile(r"^\s*(?:" + "|".join(STAMP_STARTS) + ")")
_ANY = re.compile("|".join(STAMP_WORDS), re.IGNORECASE)
_NUMBER = re.compile(r"(?:Номер|Нөмір|Рег\.\s*номер)\s*:?\s*([A-ZА-Я]{2}\d{2}[A-Z0-9]{6,})")
_DATE = re.compile(r"(?:Дата|Күні)\s*:?\s*(\d{2})\.(\d{2})\.(\d{4})")


def is_stamp_line(line: str, starts_only: bool = False) -> bool:
    """Is `line` part of an e-document stamp? With `starts_only`, only lines that open one."""
    if not line or len(line) > 600:
        return False
    if _START.match(line):
        return True
    return not starts_only and bool(_ANY.search(line))


def stamp_number_and_date(texts: list[str]) -> tuple[str | None, str | None]:
    """Registration number and ISO date from stamp texts (`Номер: KZ87…  Дата: 04.07.2022`)."""
    number = date = None
    for text in texts:
        if number is None and (m := _NUMBER.search(text)):
            number = m.group(1)
        if date is None and (m := _DATE.search(text)):
            day, month, year = m.groups()
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                date = f"{year}-{month}-{day}"
    return number, date
