"""Stamps and running text that are not part of a document's body.

Documents issued through Kazakhstan's e-government portals carry a stamp on
every page: the registration number and date at the top, and a statement in
Kazakh and Russian that the electronic document equals a paper one at the
bottom. In a PDF they are found by repetition; in a text dump they occur once
per page, so they are also recognised by their wording.

The stamp's labels come in Russian (`Номер: … Дата: …`), in Kazakh (`Нөмірі: …
Күні: …`) and mixed (`Нөмірі / Номер: …`); they are language data
(`STAMP_NUMBER_LABELS`, `STAMP_DATE_LABELS` in `extractor.nlp.lang`), written
with a capital (a lower-case `номер` inside a sentence is no stamp).
"""

from __future__ import annotations

import re

from extractor.nlp import lang


def _labels(name: str) -> str:
    """The labels of every language, one or several of them (`Нөмірі / Номер`, `Номер (Нөмірі)`)."""
    one = lang.alternation(lang.merged_tuple(name))
    return rf"(?<![^\W_])(?P<label>{one}(?:\s*[/|(]\s*{one}\s*\)?)*)(?![^\W_])"


_NUMBER_LABEL = _labels("STAMP_NUMBER_LABELS")
_DATE_LABEL = _labels("STAMP_DATE_LABELS")
_REG_NUMBER = r"(?-i:[A-ZА-Я]{2}\d{2}[A-Z0-9]{6,})"
_REG_DATE = r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"

# Lines that open a stamp paragraph: a label and its value (labels matched in any case, see `_capital`).
_LABELLED_STARTS = re.compile(
    rf"^\s*(?:{_NUMBER_LABEL}\s*:\s*\S+|{_DATE_LABEL.replace('<label>', '<label2>')}\s*:\s*{_REG_DATE})",
    re.IGNORECASE,
)
STAMP_STARTS = [
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
_NUMBER = re.compile(rf"{_NUMBER_LABEL}\s*:?\s*(?P<value>{_REG_NUMBER})", re.IGNORECASE)
_DATE = re.compile(rf"{_DATE_LABEL}\s*:?\s*{_REG_DATE}", re.IGNORECASE)


def _capital(m: re.Match[str] | None, group: str = "label") -> bool:
    """A stamp's label opens with a capital (`Номер`, `НӨМІРІ`), unlike a word inside a sentence."""
    return m is not None and m.group(group)[:1].isupper()


def is_stamp_line(line: str, starts_only: bool = False) -> bool:
    """Is `line` part of an e-document stamp? With `starts_only`, only lines that open one."""
    if not line or len(line) > 600:
        return False
    if _START.match(line):
        return True
    m = _LABELLED_STARTS.match(line)
    if m is not None and _capital(m, "label" if m.group("label") else "label2"):
        return True
    return not starts_only and bool(_ANY.search(line))


def stamp_number_and_date(texts: list[str]) -> tuple[str | None, str | None]:
    """Registration number and ISO date from stamp texts (`Номер: KZ87…  Дата: 04.07.2022`,
    `Нөмірі: KZ87…  Күні: 04.07.2022`)."""
    number = date = None
    for text in texts:
        if number is None:
            number = next((m.group("value") for m in _NUMBER.finditer(text) if _capital(m)), None)
        if date is None:
            for m in _DATE.finditer(text):
                day, month, year = int(m.group("day")), int(m.group("month")), m.group("year")
                if _capital(m) and 1 <= month <= 12 and 1 <= day <= 31:
                    date = f"{year}-{month:02d}-{day:02d}"
                    break
    return number, date
