"""Control points' ids as documents write them: inside a longer cell (`граница СЗЗ, КТ-2`), before a
dash that describes the place (`ВП-2 – выпуск ливневых вод`), alone, or listed and run first to last
(`Н-1, Н-2 и Н-3`, `KT1÷KT4`). Language-neutral: an id is a few letters and a number."""

from __future__ import annotations

import re
from functools import cache

from extractor import columns as words
from extractor.nlp.substances import match_substance
from extractor.tables.records import sources_mentioned

POINT_INSIDE = re.compile(
    r"(?<![\w])((?:кт|к\.т|тн|тп|пнз|скв|kt|nt|kk|nm|nn|k|т(?=\s*[.\-–]\s*\d))\s*[.\-–]?\s*\d{1,3}[a-zа-я]?)(?![\w])",
    re.I,
)
"""A point id inside a longer cell (`Ống khói lò hơi (KT1)`, `граница СЗЗ, КТ-2`, `в точке Т-1`, `скважине Скв-1`)."""


_ID = r"[^\W\d_]{1,4}\s*[.\-–]?\s*\d{1,3}[a-zа-я]?"
"""A point's short id: a few letters and a number (`ОС-1`, `KT 2`, `NM1a`)."""

_CAPITAL_ID = r"[^\W\d_a-zа-я]{1,4}\s*[.\-–]?\s*\d{1,3}[a-zа-я]?"
"""A point's short id written in capitals (`НС-1`, `MK1`), as an id stands among the words describing its place."""

LEAD_ID = re.compile(rf"^\s*({_ID})(?:\s*$|\s*[(–—,:])")
"""A sub-header that starts with a short id and may describe it after (`ОС-1 (вход)`, `Р-1 – створ`)."""


DESCRIBED_ID = re.compile(rf"^\s*({_ID})(?:\s*\(|\s+[–—-]\s+)(?!\d+(?![-\w]))\S")
"""A point's short id and what it is (`В-1 – водоподающий канал`, `NC1 – Kênh cấp`, `В-1 (р. Или)`), as a
group title or a column's parent header; not a standard's number (`QCVN 05:2023`)."""

ANY_ID = re.compile(rf"(?<![\w])({_ID})(?![\w])", re.I)


@cache
def _joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a cell that lists ids and nothing else, what joins the first and the last of a run), with the
    languages' words for "and" and "to" (`Н-1, Н-2 и Н-3`, `KT1÷KT4`, `KT1 đến KT4`)."""
    run = rf"÷|[-–—]|\.{{2,3}}|…|{words.compiled('RUN_WORDS').pattern}"
    joined = rf"[,;]|{words.compiled('LABEL_JOINERS').pattern}|{run}"
    listed = re.compile(rf"\s*{_ID}(?:\s*(?:{joined})\s*{_ID})+\s*[.;]?\s*", re.I)
    return listed, re.compile(rf"^\s*(?:{run})\s*$", re.I)


RANGE_MAX = 30


@cache
def _closing_list() -> re.Pattern[str]:
    """Ids listed at the end of a cell that describes them first (`… наблюдательные скважины НС-1, НС-2, НС-3`,
    `… НС-1, НС-2 бақылау ұңғымалары`, `… các trạm NB1, NB2 (250 m …)`), capitalised as ids are."""
    joined = rf"[,;]|{words.compiled('LABEL_JOINERS').pattern}"
    one = _CAPITAL_ID
    after = r"\s*[.;]?\s*(?:$|\(|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$)"  # the end, a bracket, or a word or two
    return re.compile(rf"(?<![\w]){one}(?:\s*(?:{joined})\s*{one})+(?={after})")

_TAIL = re.compile(rf"\s*\((?:[^()]|\([^()]*\))*\)\s*$|\s+[–—-]\s+(?!{_ID}(?![\w]))\D.*$", re.S)
"""A description closing a cell, in brackets or after a dash (`… (граница СЗЗ, север и юг)`, `… – vùng
nước trước cầu bến`), not the last id of a run (`NM1 – NM3`)."""


def points_listed(text: str) -> list[str]:
    """The point ids a cell lists, runs written first to last spelled out (`KT1÷KT4` → KT1 … KT4), a
    description of them all after (`М-1, М-2, М-3 (акватория у причалов № 1–3)`, `TT1, TT2 – trầm tích`) left aside."""
    listed, run = _joins()
    text = text or ""
    head = _TAIL.sub("", text)
    if listed.fullmatch(head):
        text = head
    found = list((ANY_ID if listed.fullmatch(text) else POINT_INSIDE).finditer(text))
    if not found and (closing := _closing_list().search(text)):  # `Подземные воды – скважины НС-1, НС-2, НС-3`
        text = closing.group(0)
        found = [m for m in ANY_ID.finditer(text) if m.group(1)[0].isupper()]
    out: list[str] = []
    for n, m in enumerate(found):
        one = re.sub(r"\s+", "", m.group(1))
        before = found[n - 1] if n else None
        if before is not None and run.match(text[before.end() : m.start()]) and out:
            first, last = re.match(r"(.*?)(\d+)([a-zа-я]?)$", out[-1], re.I), re.match(r"(.*?)(\d+)([a-zа-я]?)$", one, re.I)
            if first and last and first.group(1) == last.group(1) and not first.group(3) and not last.group(3):
                a, b = int(first.group(2)), int(last.group(2))
                if a < b <= a + RANGE_MAX:
                    width = len(first.group(2)) if first.group(2).startswith("0") else 0
                    out.extend(f"{first.group(1)}{k:0{width}d}" for k in range(a + 1, b + 1))
                    continue
        out.append(one)
    return list(dict.fromkeys(out))


def named_point(text: str) -> str | None:
    """The one point a title over a whole table names (`… tại trạm quan trắc tự động NT1`, an outlet's
    `Выпуск В-1 (сброс в р. Тобол), мг/дм3`), None when it names none or several."""
    found = points_listed(text)
    if not found and words.compiled("OUTLET_WORDS").search(words.flat(text)):
        found = list(dict.fromkeys(re.sub(r"\s+", "", m.group(1)) for m in ANY_ID.finditer(text) if m.group(1)[0].isupper()))
    return found[0] if len(found) == 1 else None


@cache
def _said_id() -> re.Pattern[str]:
    word = words.compiled("POINT_WORDS").pattern
    return re.compile(rf"(?<![\w])(?:(?:{word})\s+({_ID})|({_ID})\s+(?:{word}))(?![\w])", re.I)


def worded_point(text: str) -> str | None:
    """The one point a title names with the word for point (`Показатели сточных вод на выходе (точка КК-2)`,
    `… (КК-2 нүктесі)`, `… (điểm NT1)`), whatever its letters; None when it names none or several."""
    found = {re.sub(r"\s+", "", m.group(1) or m.group(2)) for m in _said_id().finditer(text or "")}
    return found.pop() if len(found) == 1 else None


HYPHENED_ID = re.compile(r"^\s*([^\W\d_]{1,4}\s?[-–]\s?\d{1,3}[a-zа-я]?)\s")
"""A point's id of letters, a hyphen and a number at the head of a longer label (`ВК-1 выпуск …`)."""

END_ID = re.compile(rf"(?<![\w-])({_ID})\s*$")
"""A point's id closing a short label (`Точка ОС-1`, `Điểm NM2`)."""
DASHED_ID = re.compile(rf"\s[–—-]\s+({_CAPITAL_ID})\s*$")
"""A point's id after the place it describes (`Mùn khoan trước khi thải xuống biển – MK1`), capitalised."""
HEAD_ID = re.compile(rf"^\s*({_ID})\s+[^\W\d_]+\s*$")
"""A point's id before the word for point (`ОС-1 нүктесі`)."""
SHORT_ID = re.compile(rf"^\s*{_ID}\s*$")
"""A cell that is a point's id and nothing else (`В-1`, `П-2`, `NM1`), under a point header."""


_PLACE = r"[^\W\d_a-zа-яёәғқңөұүһі]{1,4}\s?[-–]\s?\d{1,3}|[^\W\d_a-zа-яёәғқңөұүһі]{2,4}\d{1,3}"
PLACE_ID = re.compile(rf"(?<![\w-])({_PLACE})(?![\w-])")
"""A point named among the words of a sentence: capitals and a number (`Т-1`, `Н-1`, `KT1`, `NT1`)."""
PLACE_RUN = re.compile(rf"(?<![\w-])(?:{_PLACE})\s*[–—÷-]\s*(?:{_PLACE})(?![\w-])")
"""A run of points written first to last (`GN1 – GN3`, `KT1÷KT4`)."""


def places_named(text: str) -> tuple[list[str], list[str]]:
    """(sources, points) a sentence names where something is done: the sources by their numbers beside a
    source word, the points by their ids (`KT1`, `Т-1`), a run written out (`GN1 – GN3`); a substance's
    formula (`SO2`, `BOD5`) is no point."""
    ids = [m.group(1) for m in PLACE_ID.finditer(text or "") if not _is_formula(m.group(1))]
    runs = [p for m in PLACE_RUN.finditer(text or "") for p in points_listed(m.group(0))]
    return sources_mentioned(text or ""), list(dict.fromkeys([*runs, *ids]))


def _is_formula(text: str) -> bool:
    found = match_substance(text)
    return found is not None and found.score >= FORMULA_SCORE


FORMULA_SCORE = 90
