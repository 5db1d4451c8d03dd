"""Waste codes of the List of Waste in any notation → `16 06 01*`, with checks.

Kazakhstan's waste classifier (order No. 314 of 6 August 2021) follows the
European List of Waste (2000/532/EC as replaced by 2014/955/EU): six digits in
three pairs, chapter–sub-chapter–entry, a star marking hazardous entries. The
list itself is data (`corpus/waste_codes.csv`, see `corpus/SOURCES_wastes.md`).

Documents write the codes as `160601*`, `16 06 01*`, `16.06.01*` … Normalising
keeps what the document says about the star and only *warns* when the list
disagrees: the extraction reports the document, the reviewer decides.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Final

from rapidfuzz import fuzz, process, utils

from extractor.nlp.dates import YEAR_AFTER

CSV_NAME: Final = "waste_codes.csv"

STAR_MARKS: Final = "*\uff0a\u2217\u204e\u2731\ufe61"
"""Star-like marks read as the hazardous asterisk: * ＊ ∗ ⁎ ✱ ﹡."""

FIRST_CHAPTER: Final = 1
LAST_CHAPTER: Final = 20


@dataclass(frozen=True)
class WasteCodeEntry:
    """One entry of the List of Waste as the list gives it."""

    code: str
    """`DD DD DD`, with `*` appended for hazardous entries."""
    hazardous: bool
    chapter: str
    name_en: str
    name_ru: str | None = None

    @property
    def digits(self) -> str:
        """The six digits alone, the key used for look-ups."""
        return _digits(self.code)


@dataclass(frozen=True)
class WasteCode:
    """A waste code as a document writes it, normalised and checked against the list."""

    code: str
    """`DD DD DD`, with `*` when the document writes a star."""
    hazardous: bool
    """What the document says: star present → True, absent → False."""
    known: bool
    """Whether the six digits are an entry of the list."""
    warnings: tuple[str, ...] = ()

    @property
    def digits(self) -> str:
        """The six digits alone, the key used for look-ups."""
        return _digits(self.code)


# ---------------------------------------------------------------- the list


@cache
def load_waste_codes() -> tuple[WasteCodeEntry, ...]:
    """All entries in list order; read once per process from the packaged CSV."""
    text = files("corpus").joinpath(CSV_NAME).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(_row_to_entry(row) for row in csv.DictReader(lines))


def _row_to_entry(row: dict[str, str]) -> WasteCodeEntry:
    return WasteCodeEntry(
        code=row["code"].strip(),
        hazardous=row["hazardous"].strip() == "1",
        chapter=row["chapter"].strip(),
        name_en=row["name_en"].strip(),
        name_ru=(row.get("name_ru") or "").strip() or None,
    )


@cache
def _entries_by_digits() -> MappingProxyType[str, WasteCodeEntry]:
    return MappingProxyType({entry.digits: entry for entry in load_waste_codes()})


def waste_entry(code: str | WasteCode) -> WasteCodeEntry | None:
    """The list entry for a code in any notation (`160601`, `16 06 01*` …), or None."""
    raw = code.code if isinstance(code, WasteCode) else code
    parsed = _parse_code(raw)
    return _entries_by_digits().get(parsed[0]) if parsed else None


# ------------------------------------------------------------ normalising

_SPACES = " \u00a0\u202f\u2009"
_DASHES = r"\-\u2010\u2011\u2013"
"""Hyphen and dash variants, escaped for use inside a regex character class."""
_SEP = rf"(?:[{_SPACES}]+|[{_SPACES}]?[.{_DASHES}][{_SPACES}]?)"
_STAR = rf"[{re.escape(STAR_MARKS)}]"

_WHOLE_CODE = re.compile(
    rf"(?P<a>\d{{2}})(?P<s1>{_SEP}?)(?P<b>\d{{2}})(?P<s2>{_SEP}?)(?P<c>\d{{2}})"
    rf"(?:[{_SPACES}]*(?P<star>{_STAR}))?"
)


def normalise_waste_code(raw: str) -> WasteCode | None:
    """A string holding one waste code in any notation → `WasteCode`; None if it is not one.

    Accepts `160601*`, `16 06 01*`, `16.06.01*`, `16-06-01*`, `16 06 01 *` and
    the star variants in `STAR_MARKS`. Not a waste code: anything other than
    six digits in pairs (mixed separators such as `47.5302` included) or a
    chapter outside 01–20. A code with a valid chapter that the list lacks is
    returned with `known=False` and a warning, so a typo stays visible.
    """
    parsed = _parse_code(raw)
    if parsed is None:
        return None
    digits, star = parsed
    return _checked(digits, star, raw.strip())


def _parse_code(raw: str) -> tuple[str, bool] | None:
    match = _WHOLE_CODE.fullmatch(raw.strip())
    if match is None or not _consistent(match["s1"], match["s2"]):
        return None
    digits = match["a"] + match["b"] + match["c"]
    if not _chapter_ok(digits):
        return None
    return digits, match["star"] is not None


def _checked(digits: str, star: bool, as_written: str) -> WasteCode:
    """Build the `WasteCode`, warning where the list does not back the document."""
    entry = _entries_by_digits().get(digits)
    pretty = _pretty(digits)
    warnings: list[str] = []
    if entry is None:
        warnings.append(f"waste code '{as_written}' is not in the List of Waste")
    elif entry.hazardous and not star:
        warnings.append(f"'{as_written}' has no star but the list marks {pretty} as hazardous")
    elif star and not entry.hazardous:
        warnings.append(f"'{as_written}' has a star but the list marks {pretty} as non-hazardous")
    return WasteCode(
        code=pretty + ("*" if star else ""),
        hazardous=star,
        known=entry is not None,
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------- finding

# A zero-width look-ahead, so candidates overlap: a rejected one (`12 16 06`)
# cannot hide the code that starts inside it (`16 06 01*`).
_CANDIDATE = re.compile(
    rf"(?<![\w.,:/+])(?=(?P<a>\d{{2}})(?P<s1>{_SEP}?)(?P<b>\d{{2}})(?P<s2>{_SEP}?)(?P<c>\d{{2}})"
    rf"(?!\w|[.,:/]\d)(?:[{_SPACES}]?(?P<star>{_STAR}))?)"
)
_PHONE_BEFORE = re.compile(rf"(?:\d{{3}}|\))[{_SPACES}{_DASHES}]?$")
_PAIR_AFTER = re.compile(rf"[{_SPACES}{_DASHES}]\d{{2}}(?![\d.,])")


def find_waste_codes(text: str, strict: bool = True) -> list[tuple[int, int, WasteCode]]:
    """Waste codes inside a longer text, as `(start, end, WasteCode)` in text order.

    A six-digit token counts only when it looks like a code; the chapter must
    be 01–20 in every mode.

    - `strict=True` (default, for running text): a starred code in any
      notation, or an unstarred code written in pairs (`20 03 01`,
      `20.03.01`) whose digits the list has. Bare `200301` without a star is
      skipped: postal codes, ids and phone tails look just like it.
    - `strict=False` (a cell of a waste table): also bare six-digit numbers
      whose digits the list has, and codes written in pairs that the list
      lacks (returned with `known=False` and a warning).

    Never a hit: part of a longer digit run (BIN, KATO, IBAN), a date
    (`04.07.2022`, `15.01.10 г.`), a decimal or coordinate
    (`47.5302:67.2931`), the tail of a phone number (`8 701 20 01 01`,
    `(7112) 20-01-01`), or a run of pairs that goes on (`12 16 06 01*`
    yields only `16 06 01*`).
    """
    found: list[tuple[int, int, WasteCode]] = []
    taken_until = 0
    for match in _CANDIDATE.finditer(text):
        start = match.start("a")
        if start < taken_until:
            continue
        end = match.end("star") if match["star"] else match.end("c")
        code = _accept(text, match, start, end, strict)
        if code is not None:
            found.append((start, end, code))
            taken_until = end
    return found


def _accept(text: str, match: re.Match[str], start: int, end: int, strict: bool) -> WasteCode | None:
    """Apply the mode's rules to one candidate; a star vouches for itself."""
    if not _consistent(match["s1"], match["s2"]):
        return None
    digits = match["a"] + match["b"] + match["c"]
    if not _chapter_ok(digits):
        return None
    starred = match["star"] is not None
    in_pairs = bool(match["s1"])
    known = digits in _entries_by_digits()
    if not starred:
        if _PHONE_BEFORE.search(text[max(0, start - 6) : start]) or _PAIR_AFTER.match(text, end):
            return None
        if _sep_kind(match["s1"]) in ("dot", "dash") and YEAR_AFTER.match(text, end):
            return None
        if not known and (strict or not in_pairs):
            return None
        if strict and not in_pairs:
            return None
    return _checked(digits, starred, text[start:end])


# ---------------------------------------------------------------- search


def search_wastes(query: str, limit: int = 20) -> list[WasteCodeEntry]:
    """Entries by code prefix (`16 06`, `1606`) or by name in English or Russian.

    For a reference look-up: a query of digits (with separators or a star)
    is a prefix of the code, anything else a fuzzy name search (rapidfuzz
    WRatio over name_en and name_ru, best first, ties in list order).
    """
    query = query.strip()
    if not query or limit <= 0:
        return []
    prefix = _digits(query)
    if prefix and re.fullmatch(rf"[\d{_SPACES}.{_DASHES}]+{_STAR}?", query):
        return [entry for entry in load_waste_codes() if entry.digits.startswith(prefix)][:limit]
    return _search_names(query, limit)


def _search_names(query: str, limit: int) -> list[WasteCodeEntry]:
    entries = load_waste_codes()
    names = {
        (i, lang): name
        for i, e in enumerate(entries)
        for lang, name in (("en", e.name_en), ("ru", e.name_ru))
        if name
    }
    best: dict[int, float] = {}
    hits = process.extract(
        query, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=None, score_cutoff=60
    )
    for _name, score, (index, _lang) in hits:
        best[index] = max(best.get(index, 0.0), score)
    ranked = sorted(best, key=lambda index: (-best[index], index))
    return [entries[index] for index in ranked[:limit]]


# ---------------------------------------------------------------- helpers


def _digits(code: str) -> str:
    return "".join(ch for ch in code if ch.isdigit())


def _pretty(digits: str) -> str:
    return f"{digits[:2]} {digits[2:4]} {digits[4:]}"


def _chapter_ok(digits: str) -> bool:
    return FIRST_CHAPTER <= int(digits[:2]) <= LAST_CHAPTER


def _consistent(sep1: str, sep2: str) -> bool:
    """Both separators absent, or both of one kind (spaces, dots or dashes)."""
    return _sep_kind(sep1) == _sep_kind(sep2)


def _sep_kind(sep: str) -> str:
    core = sep.strip(_SPACES)
    if not sep:
        return "none"
    if not core:
        return "space"
    return "dot" if core == "." else "dash"
