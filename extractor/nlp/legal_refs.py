"""Legal references as written → structured references (act, number, article, clause …).

Documents cite acts as `п. 2 ст. 120 Водного Кодекса`, `ст. 66, п. 5 ст.
90, п.2 ст. 120 Водного Кодекса РК` (three references sharing one act),
`пп. 5 п. 1 Приложения 2 к Инструкции`, `Экология кодексінің 182-бабы`,
`điểm a khoản 1 Điều 5`, `Nghị định số 105/2015/NĐ-CP`. The reading is the
same in every language, only the data differs (`extractor.nlp.lang`):

1. structural units: a word and its numbers (`п. 3, 4, 5`, `18-бабының`,
   `ст.ст. 206, 207`); a range (`ст. 320-321`, `206-210-баптары`) stands for
   every number in it, up to `MAX_RANGE` of them (a longer one for its two
   ends), while a smaller number after the hyphen is an inserted article
   (`статья 65-1`);
2. chains: units next to each other, smallest to largest (`пп. 5 п. 1
   Приложения 2`; Kazakh runs largest to smallest);
3. groups: chains joined by `,` / `и` / `và`, sharing the act that follows
   them (Kazakh: that precedes them); a chain missing the upper units takes
   them from its neighbour (`khoản 1 và khoản 2 Điều 5`);
4. the act, with what is written next to it: «title», date, number, and the
   number of the order that approved it (`…, утвержденной приказом … №280`).

Acts mentioned alone are references too when they can be identified (a
named code, or a number, date or title). Short names defined in the text
(`(далее – Кодекс)`) are resolved to the act they stand for. Section
headings (`Điều 1. Phạm vi …`, `Статья 5.` at the start of a line) and a
document's pointers to its own appendices (`Приложение 1`) are not references.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from typing import Final

from extractor.nlp import lang

LEVELS: Final = ("subclause", "clause", "part", "article", "paragraph", "chapter", "section", "appendix")
"""The structural levels a reference can name (their order within a language comes from its data)."""

_PROVISIONS: Final = frozenset({"subclause", "clause", "part", "article"})
"""A chain without an act is kept only if it names one of these."""

_DIGITS: Final = r"\d+(?:\.\d+)*\)?(?![^\W_])"
_ROMAN: Final = r"(?-i:[IVXLC]{1,6})(?![^\W_])"
_LETTER: Final = r"(?-i:[a-zа-яёđ])(?:\)|(?![^\W_.]))"
_NUMBER_KINDS: Final = {
    "subclause": (_DIGITS, _LETTER),
    "clause": (_DIGITS,),
    "part": (_DIGITS, _ROMAN),
    "article": (_DIGITS,),
    "paragraph": (_DIGITS,),
    "chapter": (_DIGITS, _ROMAN),
    "section": (_DIGITS, _ROMAN),
    "appendix": (_DIGITS, _ROMAN),
}
MAX_RANGE: Final = 20
"""A range of at most this many numbers (`ст. 320-321`) is read as each of them; a longer one as its two ends."""

_RANGE_SEPARATOR: Final = r"\s?[-–—]\s?"
"""Between the two ends of a range, in every language (a language may add words: `đến`)."""

_QUOTED: Final = r"[«\"“„](?P<title>[^»\"”“]{3,250})[»\"”“]"
_GAP: Final = r"(?:и\.\s?о\.|(?!\.\s+[А-ЯЁA-Z])[^;«»()№\"])"
"""One character of an issuer between an order and its date (`приказом и. о. Министра … от`)."""


@dataclass(frozen=True)
class LegalRef:
    """One reference: the provision (article, clause …) of an act, as far as the text says.

    `text` is the reference as written (with its act when the act is written
    right after it); `act` the act's name in the nominative (`Водный кодекс`,
    `Nghị định`), or its quoted title when it has no other name; `number` the
    act's number (`400-VI`, `105/2015/NĐ-CP`); `internal` marks references to
    the document itself (`настоящего Кодекса`, `Thông tư này`).
    """

    text: str
    act: str | None = None
    number: str | None = None
    article: str | None = None
    clause: str | None = None
    subclause: str | None = None
    part: str | None = None
    paragraph: str | None = None
    chapter: str | None = None
    section: str | None = None
    appendix: str | None = None
    title: str | None = None
    date: str | None = None
    internal: bool = False
    start: int = 0
    end: int = 0

    def key(self) -> tuple[str | None, ...]:
        """What makes two references the same reference (for `dedupe_refs`)."""
        return (self.act, self.number) + tuple(getattr(self, level) for level in LEVELS)


@dataclass(frozen=True)
class Act:
    """An act as named in the text, with what is written next to it."""

    name: str
    number: str | None = None
    date: str | None = None
    title: str | None = None
    internal: bool = False
    generic: bool = False
    start: int = 0
    end: int = 0

    @property
    def identified(self) -> bool:
        """Whether the mention says which act it is (a specific name, a number, a date or a title)."""
        return not self.generic or bool(self.number or self.date or self.title)


@dataclass(frozen=True)
class _Unit:
    level: str
    rank: int
    numbers: tuple[str, ...]
    start: int
    end: int


# ---------------------------------------------------------------- patterns


@cache
def _unit_regexes(code: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, int], ...]:
    """(pattern, item pattern, level, rank) for each structural word of a language.

    The item pattern reads one number or range of a unit's numbers: groups `first` and `last`.
    """
    units = lang.get(code, "LEGAL_UNITS", ())
    sep = lang.get(code, "LEGAL_LIST_SEPARATOR", r"\s*,\s*")
    before = lang.get(code, "LEGAL_NUMBER_POSITION", "after") == "before"
    to = lang.get(code, "LEGAL_RANGE_SEPARATOR", None)
    to = f"{_RANGE_SEPARATOR}|{to}" if to else _RANGE_SEPARATOR
    out = []
    for rank, (marker, level) in enumerate(units):
        num = "(?:" + "|".join(_NUMBER_KINDS[level]) + ")"
        repeat = "" if before else rf"(?:(?:{marker})(?![^\W\d_])\s*)?"  # `từ Điều 10 đến Điều 12`
        item = rf"{num}(?:(?:{to}){repeat}{num})?"
        nums = rf"(?P<nums>{item}(?:{sep}{item})*)"
        if before:
            pattern = rf"(?<![\w.]){nums}\s*-?\s*(?:{marker})(?![^\W_])"
        else:
            pattern = rf"(?<![\w.])(?:{marker})(?![^\W\d_])\s*{nums}"
        one = rf"(?P<first>{num})(?:(?:{to}){repeat}(?P<last>{num}))?"
        out.append((re.compile(pattern, re.IGNORECASE), re.compile(one, re.IGNORECASE), level, rank))
    return tuple(out)


@cache
def _act_regex(code: str) -> re.Pattern[str] | None:
    acts = lang.get(code, "LEGAL_ACTS", ())
    if not acts:
        return None
    body = "|".join(f"(?P<a{i}>{regex})" for i, (regex, _) in enumerate(acts))
    return re.compile(rf"(?<![\w])(?:{body})(?![^\W_])", re.IGNORECASE)


def _unit_numbers(text: str, item: re.Pattern[str], code: str) -> tuple[str, ...]:
    """The numbers a unit names (`206, 207`, `320-321`), each range read out."""
    sep = lang.get(code, "LEGAL_LIST_SEPARATOR", r"\s*,\s*")
    out: list[str] = []
    for piece in re.split(sep, text.strip()):
        m = item.fullmatch(piece.strip())
        if m is None:
            continue
        first, last = m.group("first").rstrip(")"), m.group("last")
        numbers = _range(first, last.rstrip(")")) if last else (first,)
        out.extend(n for n in numbers if n not in out)
    return tuple(out)


def _range(first: str, last: str) -> tuple[str, ...]:
    """`320`–`321` → every number between; `65-1`, `2.1-1` (no larger number after) is one inserted one.

    Dotted numbers range over their last part when the rest is the same (`2.1-2.3`); anything
    else (`2.1-3`), and a range longer than `MAX_RANGE`, gives its two ends.
    """
    head_a, _, tail_a = first.rpartition(".")
    head_b, _, tail_b = last.rpartition(".")
    if not (tail_a.isdigit() and tail_b.isdigit()):
        return (first, last)
    a, b = int(tail_a), int(tail_b)
    if not head_b and b <= a:
        return (f"{first}-{last}",)
    if head_a != head_b or b <= a or b - a + 1 > MAX_RANGE:
        return (first, last)
    lead = f"{head_a}." if head_a else ""
    return tuple(f"{lead}{n}" for n in range(a, b + 1))


def _units(text: str, code: str) -> list[_Unit]:
    """Every structural unit, overlaps resolved in favour of the longer match."""
    found = []
    for pattern, item, level, rank in _unit_regexes(code):
        for m in pattern.finditer(text):
            found.append(_Unit(level, rank, _unit_numbers(m.group("nums"), item, code), m.start(), m.end()))
    found.sort(key=lambda u: (u.start, -(u.end - u.start)))
    out: list[_Unit] = []
    for unit in found:
        if out and unit.start < out[-1].end:
            continue
        out.append(unit)
    return out


# --------------------------------------------------------------------- acts


def _iso_date(m: re.Match[str], code: str) -> str | None:
    month_text = m.group("month")
    month = int(month_text) if month_text.isdigit() else lang.lookup(lang.get(code, "MONTHS", {}), month_text)
    day, year = int(m.group("day")), int(m.group("year"))
    if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@cache
def _date_regexes(code: str) -> tuple[re.Pattern[str], ...]:
    """The language's date patterns, each after an optional `от` / `ngày`."""
    month = lang.alternation(lang.get(code, "MONTHS", {}).keys())
    prefix = lang.get(code, "LEGAL_DATE_PREFIX", None)
    head = rf"(?:{prefix}\s+)?" if prefix else ""
    return tuple(
        re.compile(rf"\s*,?\s*{head}{lang.fill(p, month=month)}", re.IGNORECASE)
        for p in lang.get(code, "DATE_PATTERNS", ())
    )


def _match_date(text: str, pos: int, code: str) -> tuple[str | None, int]:
    """A date written at `pos` (after `от` / `ngày`), as ISO, and where it ends."""
    for regex in _date_regexes(code):
        m = regex.match(text, pos)
        if m:
            return _iso_date(m, code), m.end()
    return None, pos


def _match_number(text: str, pos: int, code: str) -> tuple[str | None, int]:
    pattern = lang.get(code, "LEGAL_NUMBER", None)
    if not pattern:
        return None, pos
    m = re.compile(rf"\s*,?\s*{pattern}").match(text, pos)
    if m:
        groups = m.groupdict()
        found = groups.get("number") or groups.get("standard")
        if found:
            return " ".join(found.split()), m.end()
    return None, pos


def _details(text: str, act: Act, code: str) -> Act:
    """The act with what is written after its name: jurisdiction, «title», date, number, approving order."""
    pos = act.end
    number, date, title = act.number, act.date, act.title
    jurisdiction = lang.get(code, "LEGAL_JURISDICTION", None)
    approved = lang.get(code, "LEGAL_APPROVED_BY", None)
    issued = act.name in lang.get(code, "LEGAL_ISSUED_ACTS", frozenset())
    date_prefix = lang.get(code, "LEGAL_DATE_PREFIX", None)
    for _ in range(6):
        moved = False
        if jurisdiction:
            m = re.compile(rf"\s+{jurisdiction}(?![^\W_])").match(text, pos)
            if m:
                pos, moved = m.end(), True
        m = re.compile(rf"\s*{_QUOTED}").match(text, pos)
        if m and title is None:
            title, pos, moved = " ".join(m.group("title").split()), m.end(), True
        if date is None:
            found, end = _match_date(text, pos, code)
            if found:
                date, pos, moved = found, end, True
        if number is None:
            found, end = _match_number(text, pos, code)
            if found:
                number, pos, moved = found, end, True
        if (approved or issued) and date is None and number is None and date_prefix:
            lead = rf"\s*,?\s*{approved}" if approved and not issued else r""
            m = re.compile(rf"{lead}{_GAP}{{0,160}}?(?=\s(?:{date_prefix})\s|\s?№)", re.IGNORECASE).match(
                text, pos
            )
            if m and (issued or m.end() > pos):
                found_date, end = _match_date(text, m.end(), code)
                found_number, end2 = _match_number(text, end, code)
                if found_date or found_number:
                    date, number = found_date or date, found_number or number
                    pos, moved = max(end, end2), True
        if not moved:
            break
    return replace(act, number=number, date=date, title=title, end=pos)


def _specific(name: str, code: str) -> str | None:
    """The specific act a title names (`Экологический кодекс РК` → `Экологический кодекс`), if any."""
    jurisdiction = lang.get(code, "LEGAL_JURISDICTION", None)
    probe = re.sub(rf"\s+{jurisdiction}\s*$", "", name.strip()) if jurisdiction else name.strip()
    generic = lang.get(code, "LEGAL_GENERIC_ACTS", frozenset())
    for regex, canonical in lang.get(code, "LEGAL_ACTS", ()):
        if canonical not in generic and re.fullmatch(regex, probe, re.IGNORECASE):
            return canonical
    return None


def _titled(text: str, act: Act, code: str) -> Act:
    """`Luật` + capitalised title words → `Luật Bảo vệ môi trường` (Vietnamese laws and ordinances)."""
    if act.name not in lang.get(code, "LEGAL_TITLED_ACTS", frozenset()):
        return act
    stop = lang.get(code, "LEGAL_TITLE_STOPWORDS", frozenset())
    words: list[str] = []
    pos = act.end
    for m in re.finditer(r"\s+([^\W\d_][^\s,.;:()«»\"]*)", text[act.end : act.end + 120]):
        if m.start() != pos - act.end:
            break
        word = m.group(1)
        if (not words and not word[0].isupper()) or word.lower() in stop or len(words) >= 8:
            break
        words.append(word)
        pos = act.end + m.end()
    if not words:
        return act
    return replace(act, name=f"{act.name} {' '.join(words)}", generic=False, end=pos)


def _prefix(text: str, act: Act, code: str) -> Act:
    """What stands before a Kazakh act's name: date, number, «title» туралы."""
    pattern = lang.get(code, "LEGAL_ACT_PREFIX", None)
    if not pattern:
        return act
    month = lang.alternation(lang.get(code, "MONTHS", {}).keys())
    window_start = max(0, act.start - 300)
    m = re.compile(lang.fill(pattern, month=month), re.IGNORECASE).search(text[window_start : act.start])
    if not m or m.start() == m.end():
        return act
    date = _iso_date(m, code) if m.group("year") else None
    return replace(
        act,
        number=m.group("number") or act.number,
        date=date or act.date,
        title=" ".join(m.group("title").split()) if m.group("title") else act.title,
        start=window_start + m.start(),
    )


def _internal(text: str, act: Act, code: str) -> Act:
    before = lang.get(code, "LEGAL_INTERNAL_BEFORE", None)
    after = lang.get(code, "LEGAL_INTERNAL_AFTER", None)
    if before and re.search(
        rf"(?<![^\W_]){before}\s+$", text[max(0, act.start - 40) : act.start], re.IGNORECASE
    ):
        return replace(act, internal=True)
    if after:
        m = re.compile(rf"\s+{after}(?![^\W_])", re.IGNORECASE).match(text, act.end)
        if m:
            return replace(act, internal=True, end=m.end())
    return act


def find_acts(text: str, code: str) -> list[Act]:
    """Every act named in `text` in one language's words, with its details."""
    regex = _act_regex(code)
    if regex is None:
        return []
    acts_data = lang.get(code, "LEGAL_ACTS", ())
    generic = lang.get(code, "LEGAL_GENERIC_ACTS", frozenset())
    out: list[Act] = []
    for m in regex.finditer(text):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        name = acts_data[index][1]
        act = Act(name=name, generic=name in generic, start=m.start(), end=m.end())
        act = _titled(text, act, code)
        act = _internal(text, act, code)
        act = _details(text, act, code)
        act = _prefix(text, act, code)
        if act.generic and act.title:
            specific = _specific(act.title, code)
            if specific:
                act = replace(act, name=specific, generic=False)
        if out and act.start < out[-1].end:
            continue
        out.append(act)
    out.extend(_numbered_acts(text, code, out))
    out.sort(key=lambda a: a.start)
    return out


def _numbered_acts(text: str, code: str, known: list[Act]) -> list[Act]:
    """Act numbers written without the act's name (`theo 105/2015/NĐ-CP`), the kind read from the issuer code."""
    kinds = lang.get(code, "LEGAL_NUMBER_ACTS", {})
    if not kinds:
        return []
    suffix = "|".join(f"(?:{k})" for k in kinds)
    out = []
    for m in re.finditer(rf"(?<![\w/])\d{{1,4}}(?:/\d{{4}})?/(?:{suffix})(?![\w-])", text):
        if any(a.start <= m.start() < a.end for a in known):
            continue
        issuer = m.group(0).split("/")[-1]
        name = next((v for k, v in kinds.items() if re.fullmatch(k, issuer)), None)
        if name:
            out.append(Act(name=name, number=m.group(0), start=m.start(), end=m.end()))
    return out


# --------------------------------------------------------- chains and groups


def _chains(text: str, units: list[_Unit], code: str) -> list[list[list[_Unit]]]:
    """Units → groups of chains (a chain: one reference; a group: chains sharing an act)."""
    before = lang.get(code, "LEGAL_NUMBER_POSITION", "after") == "before"
    sep = lang.get(code, "LEGAL_LIST_SEPARATOR", r"\s*,\s*")
    groups: list[list[list[_Unit]]] = []
    for unit in units:
        if groups:
            last = groups[-1][-1][-1]
            gap = text[last.end : unit.start]
            rising = unit.rank < last.rank if before else unit.rank > last.rank
            joins_chain = re.fullmatch(r"\s*,?\s*" if before else r"\s*", gap) is not None
            if joins_chain and rising:
                groups[-1][-1].append(unit)
                continue
            if re.fullmatch(rf"{sep}|\s*;\s*", gap):
                groups[-1].append([unit])
                continue
        groups.append([[unit]])
    return groups


def _inherit(group: list[list[_Unit]], before: bool) -> list[dict[str, tuple[str, ...]]]:
    """Each chain's levels, with upper levels it lacks taken from the next chain of the group."""
    chains = [{u.level: u.numbers for u in chain} for chain in group]
    ranks = [max(u.rank for u in chain) for chain in group]
    order = range(len(chains) - 2, -1, -1) if not before else range(1, len(chains))
    for i in order:
        j = i + 1 if not before else i - 1
        donor = group[j]
        for unit in donor:
            if unit.rank > ranks[i] and unit.level not in chains[i]:
                chains[i][unit.level] = unit.numbers
    return chains


def _expand(levels: dict[str, tuple[str, ...]], ranks: dict[str, int]) -> list[dict[str, str]]:
    """One reference per number of the smallest unit; further numbers of larger units stand alone."""
    ordered = sorted(levels, key=lambda lv: ranks[lv])
    smallest = ordered[0]
    base = {lv: levels[lv][0] for lv in ordered[1:]}
    out = [{smallest: n, **base} for n in levels[smallest]]
    for k, level in enumerate(ordered[1:], start=1):
        for extra in levels[level][1:]:
            out.append({level: extra, **{lv: levels[lv][0] for lv in ordered[k + 1 :]}})
    return out


_HEADING_LEVELS: Final = frozenset({"article", "paragraph", "chapter", "section", "appendix"})


def _is_heading(text: str, chain: list[_Unit], code: str) -> bool:
    """`Điều 1. Phạm vi …`, `Chương I` alone on its line: a heading, not a citation.

    Only a word a heading is written with can open one (`Статья`, `238-бап`, not `ст.` or
    `238-бабына`), and a text that is nothing but the unit (a table cell) cites it.
    """
    if len(chain) != 1 or len(chain[0].numbers) != 1 or chain[0].level not in _HEADING_LEVELS:
        return False
    start, end = chain[0].start, chain[0].end
    words = lang.get(code, "LEGAL_HEADING_WORDS", None)
    if words:
        unit = text[start:end]
        if lang.get(code, "LEGAL_NUMBER_POSITION", "after") == "before":
            written = re.search(rf"(?<![^\W_])(?:{words})$", unit, re.IGNORECASE)
        else:
            written = re.match(rf"(?:{words})(?![^\W\d_])", unit, re.IGNORECASE)
        if written is None:
            return False
    if not text[:start].strip() and not text[end:].strip(" \t\n.:"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    lead = re.sub(r"\[[^\]]*\]", "", text[line_start:start])
    if lead.strip(" \t*_#-–—•"):
        return False
    return re.match(r"[ \t]*(?:\.\s|:|\.?[ \t]*(?:\n|$))", text[end:]) is not None


def _attached_act(text: str, group: list[list[_Unit]], acts: list[Act], code: str) -> Act | None:
    """The act written right after a group (Kazakh: right before it), or a «title» standing for it."""
    before = lang.get(code, "LEGAL_NUMBER_POSITION", "after") == "before"
    if before:
        first = group[0][0]
        for act in acts:
            if act.end <= first.start and re.fullmatch(r"\s*", text[act.end : first.start]):
                return act
        return None
    end = group[-1][-1].end
    linkers = lang.get(code, "LEGAL_LINKERS", None)
    internal = lang.get(code, "LEGAL_INTERNAL_BEFORE", None)
    lead = r"\s*"
    if linkers:
        lead += rf"(?:{linkers}\s+)?"
    if internal:
        lead += rf"(?:{internal}\s+)?"
    m = re.compile(lead, re.IGNORECASE).match(text, end)
    pos = m.end() if m else end
    for act in acts:
        if act.start == pos or (
            act.start >= end and re.fullmatch(lead, text[end : act.start], re.IGNORECASE)
        ):
            return act
    m = re.compile(rf"\s*{_QUOTED}").match(text, end)
    if m:
        title = " ".join(m.group("title").split())
        act = Act(name=title, title=title, start=m.start("title") - 1, end=m.end())
        return _details(text, act, code)
    return None


@cache
def _alias_regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lang.merged_tuple("LEGAL_ALIAS_PATTERNS"))


def _alias_spans(text: str) -> list[tuple[int, int]]:
    """Where the text defines a short name (`(далее – Кодекс)`): no references in there."""
    return [(m.start(), m.end()) for regex in _alias_regexes() for m in regex.finditer(text)]


@lru_cache(maxsize=65536)
def _refs_in_language(text: str, code: str) -> tuple[LegalRef, ...]:
    """The references one language's words find (remembered: the same cells and sentences come back)."""
    definitions = _alias_spans(text)
    units = [u for u in _units(text, code) if not any(a <= u.start < b for a, b in definitions)]
    acts = [a for a in find_acts(text, code) if not any(s <= a.start < e for s, e in definitions)]
    before = lang.get(code, "LEGAL_NUMBER_POSITION", "after") == "before"
    ranks = {level: rank for rank, (_, level) in enumerate(lang.get(code, "LEGAL_UNITS", ()))}
    refs: list[LegalRef] = []
    used: set[int] = set()
    for group in _chains(text, units, code):
        if len(group) == 1 and _is_heading(text, group[0], code):
            continue
        act = _attached_act(text, group, acts, code)
        if act is not None:
            used.add(id(act))
        for index, (chain, levels) in enumerate(zip(group, _inherit(group, before), strict=True)):
            if act is None and not (_PROVISIONS & set(levels)):
                continue
            start, end = chain[0].start, chain[-1].end
            if act is not None and index == (0 if before else len(group) - 1):
                start, end = min(start, act.start), max(end, act.end)
            for parts in _expand(levels, ranks):
                refs.append(
                    LegalRef(
                        text=text[start:end].strip(),
                        act=act.name if act else None,
                        number=act.number if act else None,
                        title=act.title if act else None,
                        date=act.date if act else None,
                        internal=act.internal if act else False,
                        start=start,
                        end=end,
                        **parts,
                    )
                )
    for act in acts:
        if id(act) in used or act.internal or not act.identified:
            continue
        refs.append(
            LegalRef(
                text=text[act.start : act.end].strip(),
                act=act.name,
                number=act.number,
                title=act.title,
                date=act.date,
                start=act.start,
                end=act.end,
            )
        )
    return tuple(refs)


# ------------------------------------------------------------------ aliases


def find_aliases(text: str) -> list[tuple[int, str, Act]]:
    """Short names the text defines for acts: (position, short name, the act it stands for).

    `Экологического Кодекса РК (далее – Кодекс)` defines `Кодекс`; the act is
    the nearest one named before the definition whose name contains the short
    name, else the nearest identified one.
    """
    out: list[tuple[int, str, Act]] = []
    acts: list[Act] | None = None
    for regex in _alias_regexes():
        for m in regex.finditer(text):
            short = _alias_name(m.group("alias"))
            if short is None:
                continue
            if acts is None:
                acts = [a for code in lang.LANGUAGES for a in find_acts(text, code)]
            target = _alias_target(acts, m.start(), short)
            if target is not None:
                out.append((m.start(), short, target))
    out.sort(key=lambda entry: entry[0])
    return out


def _alias_name(alias: str) -> str | None:
    """The act word an alias is (`Кодекса` → `Кодекс`), or None when the alias is no act word."""
    probe = " ".join(alias.split())
    for code in lang.LANGUAGES:
        for regex, canonical in lang.get(code, "LEGAL_ACTS", ()):
            if re.fullmatch(regex, probe, re.IGNORECASE):
                return canonical
    return None


def _alias_target(acts: list[Act], position: int, short: str) -> Act | None:
    before = [a for a in acts if a.end <= position and position - a.end <= 300 and not a.internal]
    before.sort(key=lambda a: a.end, reverse=True)
    for act in before:
        if short.lower() in act.name.lower() and act.name != short:
            return act
    for act in before:
        if act.identified and act.name != short:
            return act
    return None


def resolve_aliases(
    refs: Iterable[LegalRef], text: str | None = None, aliases: list[tuple[int, str, Act]] | None = None
) -> list[LegalRef]:
    """References whose act is a short name the document defines, pointed at the act it stands for.

    Give the whole document's `text` (or aliases from `find_aliases`). A
    reference takes the definition written last before it, else the first one
    after it; references to the document itself are left alone.
    """
    table = aliases if aliases is not None else (find_aliases(text) if text else [])
    if not table:
        return list(refs)
    out = []
    for ref in refs:
        if ref.act is None or ref.internal:
            out.append(ref)
            continue
        matching = [(pos, act) for pos, short, act in table if short == ref.act]
        if not matching:
            out.append(ref)
            continue
        earlier = [entry for entry in matching if entry[0] <= ref.start]
        _, act = earlier[-1] if earlier else matching[0]
        out.append(
            replace(
                ref,
                act=act.name,
                number=ref.number or act.number,
                date=ref.date or act.date,
                title=ref.title or act.title,
            )
        )
    return out


# -------------------------------------------------------------------- public


def find_legal_refs(
    text: str, aliases: Mapping[str, Act] | list[tuple[int, str, Act]] | None = None
) -> list[LegalRef]:
    """Every legal reference in `text`, in order of appearance.

    Short names (`(далее – Кодекс)`) defined in `text` are resolved; when
    `text` is a fragment, pass the document's aliases (`find_aliases(doc)`, or a
    mapping short name → `Act`); pass `{}` to leave short names as written.
    """
    refs: list[LegalRef] = []
    spans: list[tuple[int, int]] = []
    for code in lang.LANGUAGES:
        found = _refs_in_language(text, code)
        for ref in found:
            overlapping = [
                s
                for s in spans
                if s[0] < ref.end and ref.start < s[1] and (s[0], s[1]) != (ref.start, ref.end)
            ]
            if overlapping and ref.article is None and ref.clause is None and ref.appendix is None:
                continue
            refs.append(ref)
        spans.extend((r.start, r.end) for r in found)
    refs = _unique_spans(refs)
    refs.sort(key=lambda r: (r.start, r.end))
    if aliases is None:
        return resolve_aliases(refs, text)
    if isinstance(aliases, Mapping):
        table = [(0, short, act) for short, act in aliases.items()]
        return resolve_aliases(refs, aliases=table)
    return resolve_aliases(refs, aliases=aliases)


def _unique_spans(refs: list[LegalRef]) -> list[LegalRef]:
    """The same reference found by two languages' data once."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for ref in refs:
        key = (ref.start, ref.end) + ref.key()
        if key in seen:
            continue
        seen.add(key)
        out.append(ref)
    return out


def dedupe_refs(refs: Iterable[LegalRef]) -> list[LegalRef]:
    """Every distinct reference once (same act, number and provision), first occurrence kept."""
    seen: set[tuple[str | None, ...]] = set()
    out = []
    for ref in refs:
        key = ref.key()
        if key in seen:
            continue
        seen.add(key)
        out.append(ref)
    return out


def ref_fields() -> tuple[str, ...]:
    """The field names of `LegalRef`, in order (for exporters)."""
    return tuple(f.name for f in fields(LegalRef))
