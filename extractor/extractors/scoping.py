"""Extractor for scoping conclusions ("заключение об определении сферы охвата ОВОС").

The regulator's conclusion has two halves. The first retells the applicant's
statement in running text: who the initiator is (name, BIN, category), what
the activity will emit per period ("Сера диоксид (3 кл. опасн.) – 0,0003 г/с,
0,002853 т/год;"), background measurements against ПДК, and the wastes with
their amounts. The second, after "Выводы", is the numbered list of what the
report on possible impacts must contain: the obligations.

Paragraph breaks in the first half are an accident of the format (the DOCX
runs a whole emission list into one paragraph, the text export cuts a
sentence in two), so it is read as one stream of text in which punctuation,
not blocks, delimits items. The numbered list is read from blocks, because
there the numbering is the structure.

Language words live in the tables below, keyed by language, so that another
language is a matter of data.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Final

from extractor import contract as c
from extractor.columns import column_roles, role_of
from extractor.extractors.common import (
    Collector,
    Context,
    cell,
    clean_name,
    contract_substance,
    frequency,
    is_text,
    number,
    substance,
)
from extractor.model import Block, BlockKind
from extractor.nlp.deadlines import find_deadline
from extractor.nlp.identifiers import Identifier, find_bins, is_valid_bin
from extractor.nlp.numbers import Quantity, find_quantities
from extractor.nlp.substances import find_substances, substance_by_code
from extractor.nlp.units import normalise_unit
from extractor.nlp.wastes import find_waste_codes

# ---------------------------------------------------------------- language data

CONCLUSIONS: Final = {"ru": (r"выводы?",), "kk": (r"қорытынды\w*",)}
"""The heading that opens the numbered requirements (at the start of a block)."""

INITIATOR: Final = {
    "ru": (r"сведения\s+об\s+инициаторе[^:]{0,80}:", r"инициатор\w*\s+намечаемой\s+деятельности\s*[:\-–—]"),
    "kk": (r"бастамашы\w*\s+туралы\s+мәліметтер[^:]{0,80}:", r"бастамашы\w*[^:]{0,60}:"),
}
"""Phrases after which the applicant's name, address and BIN follow."""

LEGAL_FORMS: Final = {
    "ru": ("ТОО", "АО", "ИП", "ГУ", "ГКП", "РГП", "КГП", "ПК", "ЧУ", "КГУ", "РГУ"),
    "kk": ("ЖШС", "АҚ", "ЖК", "ММ", "КММ", "РММ", "МКК"),
    "en": ("LLP", "JSC", "LLC"),
}
"""Legal forms written next to a quoted organisation name (`ТОО «…»`, `«…» ЖШС`)."""

CATEGORY: Final = {
    "ru": (
        r"относ\w*\s+к\s+объектам\s+(?P<c>IV|I{1,3}|[1-4])\s+категори",
        r"(?P<c>IV|I{1,3}|[1-4])\s+категори",
    ),
    "kk": (r"(?P<c>IV|I{1,3}|[1-4])\s+санат",),
}
"""The object category (`I категории`, `II санаттағы`); earlier patterns are more specific."""

PERIODS: Final = {
    "ru": {
        r"период\w*\s+(?:проведения\s+)?(?:строительств|смр)\w*|строительн\w*\s+период\w*"
        r"|(?:при|во\s+время)\s+строительств\w*|строительства\s*:": "construction",
        r"период\w*\s+эксплуатаци\w*|эксплуатационн\w*\s+период\w*|(?:при|во\s+время)\s+эксплуатаци\w*"
        r"|эксплуатации\s*:": "operation",
    },
    "kk": {r"құрылыс\s+(?:жұмыстары\s+)?кезең\w*": "construction", r"пайдалану\s+кезең\w*": "operation"},
}
"""Phrases that put what follows into the construction or the operation period."""

SECTIONS: Final = {
    "ru": (
        "Выбросы",
        "Сбросы",
        "Отходы",
        r"Краткая\s+характеристика",
        "Мероприятия",
        r"Меры\s+по",
        r"Использование\s+водных",
        "Сырье",
        r"Сроки\s+реализации",
    ),
    "kk": ("Шығарындылар", "Төгінділер", "Қалдықтар", "Іс-шаралар"),
}
"""Capitalised section headers of the retold statement; a period named before one does not carry past it."""

EMISSION_SECTIONS: Final = {"ru": ("Выбросы",), "kk": ("Шығарындылар",)}
WASTE_SECTIONS: Final = {"ru": ("Отходы",), "kk": ("Қалдықтар",)}

HAZARD: Final = {
    "ru": ((r"(?<![^\W\d_])не\s*опасн\w*\s+отход\w*", False), (r"(?<![^\W\d_])опасн\w*\s+отход\w*", True)),
    "kk": ((r"қауіпті\s+емес\s+қалдық\w*", False), (r"қауіпті\s+қалдық\w*", True)),
}
"""Headers of the hazardous / non-hazardous waste lists."""

HAZARD_SUBTOTAL: Final = {
    "ru": ((r"(?<![^\W\d_])не\s*опасн\w*", False), (r"(?<![^\W\d_])опасн\w*", True)),
    "kk": ((r"қауіпті\s+емес", False), (r"қауіпті(?!\s+емес)", True)),
}
"""Labels of the subtotals in a waste total sentence (`из них опасные – 0,005 т`)."""

SUBTOTAL_LEAD: Final = {"ru": (r"из\s+них", r"в\s+том\s+числе", r"в\s+т\.\s?ч\."), "kk": (r"оның\s+ішінде",)}
"""Words that open the breakdown of a total."""

TOTALS: Final = {
    "ru": (
        r"общ\w*\s+(?:объ[её]м|количеств|лимит|масс)\w*",
        r"всего|итого|суммарн\w*|валов\w*",
        r"(?<![^\W\d_])(?:выброс\w*|составит|составят|составля\w*)(?![^\W\d_])",
    ),
    "kk": (r"барлығы|жиыны|құрайды", r"жалпы\s+(?:көлем|мөлшер|лимит)\w*", r"шығарынды\w*"),
}
"""Words of a total line (`Общий объем выбросов … составит: …`): checked against the items, never an item."""

HAZARD_CLASS: Final = {
    "ru": (
        r"\(\s*([1-4]|IV|I{1,3})\s*-?\s*(?:й\s+)?кл(?:асс)?\w*\.?[^()]*\)",
        r"\(\s*кл(?:асс)?\w*\.?\s*(?:опасн\w*\.?)?\s*[-–—:]?\s*([1-4]|IV|I{1,3})\s*\)",
        r"(?<![\w,.])([1-4])\s*(?:-?\s*й\s+)?класс\w*\s+опасност\w*",
        r"класс\w*\s+опасност\w*\s*[-–—:]?\s*([1-4])(?![\w,]|\.\d)",
    ),
    "kk": (
        r"\(\s*([1-4])\s*(?:-?\s*ші\s+)?қауіп\w*[^()]*\)",
        r"\(\s*қауіптілік\s+класы\s*[-–—:]?\s*([1-4])\s*\)",
        r"(?<![\w,.])([1-4])\s*(?:-?\s*ші\s+)?қауіптілік\s+класы\w*",
    ),
}
"""Hazard class notes of a substance (`(3 кл. опасн.)`, `2 класс опасности`); `(-)` means none."""

LIMIT_WORDS: Final = {"ru": (r"ПДК\w*", "ОБУВ", "ПДУ"), "kk": (r"ШЖК\w*",)}
"""Abbreviations that open a limit value in a parenthesis: `(ПДК - 0,5 мг/м3)`."""

MEDIA: Final = {
    "ru": {
        r"атмосферн\w*\s+воздух\w*|воздух\w*\s+(?:рабочей|жилой)\s+зоны": "air",
        r"(?:поверхностн|подземн|грунтов|питьев)\w*\s+вод\w*": "water",
        r"сточн\w*\s+вод\w*": "waste_water",
        r"почв\w*": "soil",
    },
    "kk": {
        r"атмосфералық\s+ауа\w*": "air",
        r"(?:жер\s+үсті|жерасты|жер\s+асты)\s+су\w*": "water",
        r"ағынды\s+су\w*": "waste_water",
        r"топырақ\w*": "soil",
    },
}
"""Phrases that say which environment the measurements after them concern."""

UNIT_MEDIA: Final = {"mg/m3": "air", "ug/m3": "air", "mg/kg": "soil"}
"""Units that tell the medium by themselves, whatever the text around says."""

MUST: Final = {
    "ru": (
        r"необходим\w*|следует|должн\w*|обязан\w*|обязательн\w*|требуется",
        r"предусмотреть|указать|представить|привести|приложить|провести|выполнить|рассмотреть",
    ),
    "kk": (r"қажет|тиіс|міндетті|керек", r"қарастыру|көрсету"),
}
"""Words that make a sentence an obligation."""

MUST_NOT: Final = {
    "ru": (r"не\s+допуска\w*|запрещ\w*|не\s+разреша\w*|не\s+должн\w*|не\s+следует",),
    "kk": (r"жол\s+берілмейді|тыйым\s+салынады|рұқсат\s+етілмейді",),
}
"""Words that make it a prohibition."""

ACTORS: Final = {
    "ru": (
        r"(?:\w+(?:ым|им|ой|ому|ему|ые|ий|ый)\s+)?(?:организаци|орган)\w*",
        r"(?:оператор|инициатор|природопользовател|недропользовател|заказчик|подрядчик)\w*",
    ),
    "kk": (r"(?:оператор|бастамашы|ұйым)\w*", r"тапсырыс\s+беруш\w*"),
}
"""Who can be named as the one who must act, before the obligation word of a sentence."""

PREPOSITIONS: Final = {
    "ru": ("по", "для", "к", "с", "со", "от", "в", "во", "на", "при", "об", "о", "из", "до", "за")
}
"""A noun right after one of these is no actor (`Инструкции по организации`)."""

DEFAULT_ACTOR: Final = {"ru": "инициатор", "kk": "бастамашы"}
"""Who must act when the requirement names nobody: the initiator, who writes the report."""

_INITIALS: Final = r"(?=.*(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))"
"""Initials somewhere on the line (`Н. Әбдірахманов`, `А.А. Петров`)."""

SIGNATURE: Final = {
    "ru": (
        r"заместитель|зам\.|руководител\w*|председател\w*|директор\w*|начальник\w*|министр\w*|вице-министр\w*",
        r"и\.\s?о\.|главн\w+\s+специалист\w*|исп(?:\.|олнитель\w*)",
        rf"(?:[^\W\d_]+\s+){{1,2}}(?:руководител|председател|начальник|директор)\w*{_INITIALS}",
    ),
    "kk": (
        r"төраға\w*|басшы\w*|орынбасар\w*|директор\w*|орынд(?:\.|аушы\w*)",
        rf"(?:[^\W\d_]+\s+){{1,2}}(?:басшы|төраға|орынбасар|директор)\w*{_INITIALS}",
    ),
}
"""Position words that open the signature below the list: the list ends there."""

# ---------------------------------------------------------------- constants

ITEM_PREFIX: Final = re.compile(r"^\s*(?P<n>\d{1,3})(?P<p>[.)])\s*(?:\.\s*)?(?=\S)")
"""A number typed at the start of a paragraph (`1. Необходимо…`, `13. . В соответствии…`)."""

TOLERANCE: Final = 0.01
"""Relative difference between a total and the sum of its items that still counts as rounding."""

MAX_NAME_WORDS: Final = 16
"""A name longer than this ran past its real start: the item is skipped rather than guessed."""

LOOKBACK: Final = 1500
"""How far back (characters) a name or sentence start is looked for."""

MASS_UNITS: Final = frozenset({"t", "t/period", "t/y"})
ANNUAL_UNITS: Final = frozenset({"t/y", "t/period", "t"})
"""Units of the tonnage of an emission line (`т/кезең` reads as plain `t` today)."""
_CAPITAL: Final = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_SENTENCE_DOT: Final = rf"(?<!\b[^\W\d_])\.(?=\s+[{_CAPITAL}])"
"""A full stop before a capital, but not the one of an initial or `г.`, `р.`."""
_BOUNDARY: Final = re.compile(rf"[;\n]|:(?!\s*\d[\d,.]*\s*[-–—%])|{_SENTENCE_DOT}")
"""Where an item's name can start: after `;`, a paragraph end, `:` (not `в %: 70-20`), a sentence end."""
_SENTENCE: Final = re.compile(rf"[;\n]|{_SENTENCE_DOT}")
_LETTER: Final = re.compile(r"[^\W\d_]")
_CASE_SENSITIVE: Final = frozenset(
    {"SECTIONS", "EMISSION_SECTIONS", "WASTE_SECTIONS", "LIMIT_WORDS", "LEGAL_FORMS"}
)


def _all(table: dict[str, Iterable[str]]) -> str:
    """One alternation over every language's patterns (or keys) of a table."""
    return "(?:" + "|".join(p for patterns in table.values() for p in patterns) + ")"


@cache
def _rx(name: str) -> re.Pattern[str]:
    """The compiled alternation of a table of this module, by name."""
    flags = 0 if name in _CASE_SENSITIVE else re.IGNORECASE
    return re.compile(_all(globals()[name]), flags)


@cache
def _labelled(name: str) -> tuple[tuple[re.Pattern[str], object], ...]:
    """(pattern, value) pairs of a table whose entries carry a value (periods, media, hazard)."""
    out: list[tuple[re.Pattern[str], object]] = []
    for entries in globals()[name].values():
        pairs = entries.items() if isinstance(entries, dict) else entries
        out.extend((re.compile(p, re.IGNORECASE), v) for p, v in pairs)
    return tuple(out)


def _words(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------- the text stream


@dataclass(frozen=True)
class Stream:
    """Text blocks joined into one string, with the document block each part came from."""

    text: str
    starts: tuple[int, ...]
    blocks: tuple[int, ...]

    def block_at(self, pos: int) -> int:
        """The index (into the document) of the block that holds offset `pos`."""
        return self.blocks[max(0, bisect.bisect_right(self.starts, pos) - 1)]


def blocks_to_stream(blocks: Iterable[tuple[int, Block]]) -> Stream:
    """Join text blocks; a paragraph break stays a line break only where the text marks one.

    A block that ends without punctuation, followed by one that starts in
    lower case or with a figure, is a sentence cut by the layout (`аммиак` /
    `0,12 мг/л`): it is joined with a space.
    """
    parts: list[str] = []
    starts: list[int] = []
    indices: list[int] = []
    pos = 0
    previous: Block | None = None
    for i, block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        if previous is not None:
            parts.append("\n" if _hard_break(previous, block, parts[-1], text) else " ")
            pos += 1
        starts.append(pos)
        indices.append(i)
        parts.append(text)
        pos += len(text)
        previous = block
    return Stream("".join(parts), tuple(starts), tuple(indices))


def _hard_break(previous: Block, block: Block, before: str, after: str) -> bool:
    if BlockKind.HEADING in (previous.kind, block.kind) or block.number:
        return True
    return before[-1] in ".;:!?" or after[0].isupper()


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    end = None
    for m in pattern.finditer(text, max(lo, hi - LOOKBACK), hi):
        end = m.end()
    return end


def name_before(text: str, pos: int, floor: int = 0) -> tuple[int, str, bool]:
    """The item name that ends at `pos`: (start, name, whether it runs on from the figure before it).

    The name starts at the last boundary after `floor` (the end of the
    previous item); dashes and colons before the figure are stripped.
    """
    boundary = _last_end(_BOUNDARY, text, floor, pos)
    start = boundary if boundary is not None else max(floor, pos - LOOKBACK)
    raw = re.sub(r"[\s\-–—:=]+$", "", text[start:pos])
    lead = re.match(r"^[\s,.;]*(?:(?:\d{1,3}[.)]|[-–—•·*])\s+)?", raw)
    offset = lead.end() if lead else 0
    return start + offset, raw[offset:].strip(), boundary is None and floor > 0


def sentence_before(text: str, pos: int) -> str:
    """The sentence that runs up to `pos` (from the last `;`, paragraph or sentence end)."""
    start = _last_end(_SENTENCE, text, 0, pos)
    return text[start if start is not None else max(0, pos - LOOKBACK) : pos]


# ---------------------------------------------------------------- context: periods, media, hazard


def _is_header(text: str, m: re.Match[str]) -> bool:
    """A capitalised section word at a line or sentence start, or followed by `:`, `.`, a capital or the end."""
    before = text[: m.start()].rstrip()
    after = text[m.end() :].lstrip()
    return not before or before[-1] in ".;:" or not after or after[0] in ":." or after[0].isupper()


@lru_cache(maxsize=64)
def _marks(table: str, text: str) -> tuple[tuple[int, ...], tuple[object, ...]]:
    """Start offsets and values of a labelled table's phrases in `text`, in text order.

    For PERIODS, section headers come in too, with value None: a period
    does not carry past the start of another section.
    """
    found = [(m.start(), v) for pattern, v in _labelled(table) for m in pattern.finditer(text)]
    if table == "PERIODS":
        found += [(m.start(), None) for m in _rx("SECTIONS").finditer(text) if _is_header(text, m)]
    found.sort(key=lambda pair: pair[0])
    return tuple(p for p, _ in found), tuple(v for _, v in found)


def last_label(text: str, pos: int, table: str, floor: int = 0) -> object | None:
    """The value of the last phrase of a labelled table that starts in [floor, pos)."""
    starts, values = _marks(table, text)
    k = bisect.bisect_left(starts, pos) - 1
    return values[k] if k >= 0 and starts[k] >= floor else None


def period_at(text: str, pos: int) -> str | None:
    """The period in force at `pos`: the last period phrase, unless a section header came after it.

    A header inherits a period named in its own sentence (`На период
    строительства: Выбросы: …`), never one from an earlier sentence.
    """
    starts, values = _marks("PERIODS", text)
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0:
        return None
    if values[k] is None:
        sentence = sentence_before(text, starts[k])
        own = last_label(sentence, len(sentence), "PERIODS")
        return str(own) if own else None
    return str(values[k])


def hazard_class_of(text: str) -> int | None:
    """The hazard class written in a note (`(3 кл. опасн.)` → 3), None for `(-)` or no note."""
    m = _rx("HAZARD_CLASS").search(text)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    return {"I": 1, "II": 2, "III": 3, "IV": 4}.get(value) or int(value)


def without_hazard_class(name: str) -> str:
    """The substance name without its hazard note, for the reference-list lookup."""
    return clean_name(_rx("HAZARD_CLASS").sub(" ", name)).rstrip(" -–—,")


def is_total(text: str) -> bool:
    return bool(_rx("TOTALS").search(text))


def close_enough(total: Quantity, items: float) -> bool:
    """Whether a written total matches the sum of its items, allowing for the rounding of the written figure."""
    assert total.value is not None
    decimals = re.search(r"\d[.,](\d+)", total.raw)
    half_unit = 0.5 * 10.0 ** -(len(decimals.group(1)) if decimals else 0)
    return abs(total.value - items) <= max(TOLERANCE * abs(total.value), half_unit * 1.000001)


def fsum(values: Iterable[float]) -> float:
    """Sum in decimal so that `0,00992 + 0,001047 + …` compares with the written total exactly."""
    return float(sum((Decimal(repr(v)) for v in values), Decimal(0)))


# ---------------------------------------------------------------- facility


def facility(ctx: Context, stream: Stream) -> c.Facility | None:
    """The applicant: name, BIN and address from the initiator sentence; the category from the text."""
    text = stream.text
    m = _rx("INITIATOR").search(text)
    if m is None:
        return None
    end = text.find("\n", m.end())
    tail = text[m.end() : min(end if end >= 0 else len(text), m.end() + 600)]
    org = re.search(organisation_pattern(), tail)
    bins = find_bins(tail) or _glued_bins(tail)
    name = clean_name(org.group(0) if org else tail.split(",")[0]) or None
    address = None
    if bins:
        after_name = org.end() if org else tail.find(",") + 1
        address = clean_name(tail[after_name : bins[0].start])
        address = clean_name(re.sub(r"(?<![^\W\d_])(?:БИН|БСН|ИИН|ЖСН)\s*[:№]?\s*$", "", address)) or None
    return c.Facility(
        name=name,
        operator=name,
        bin=bins[0].value if bins else next((b.value for b in find_bins(text)), None),
        address=address if address and _LETTER.search(address) else None,
        category=category(text),
        provenance=ctx.block_provenance(stream.block_at(m.start())),
    )


def _glued_bins(text: str) -> list:
    """A BIN typed without a space after the comma before it (`ул. Ауэзова, 7,041140003215`)."""
    return [
        Identifier(m.group(1), m.group(1), m.start(1), m.end(1))
        for m in re.finditer(r"(?<=\d,)(\d{12})(?!\d|[.,]\d)", text)
        if is_valid_bin(m.group(1))
    ]


@cache
def organisation_pattern() -> str:
    """A legal form and a quoted name, in either order (`ТОО «…»`, `«…» ЖШС`)."""
    forms = _all(LEGAL_FORMS)
    quoted = r"[«\"“][^»\"”]{1,120}[»\"”]"
    return rf"(?<![^\W_]){forms}\s*{quoted}|{quoted}\s*{forms}(?![^\W_])"


def category(text: str) -> str | None:
    """The object category, `I`–`IV`, from the most specific phrase that is there."""
    for patterns in CATEGORY.values():
        for pattern in patterns:
            m = re.search(pattern, text, re.IGNORECASE)
            if m:
                value = m.group("c").upper()
                return {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(value, value)
    return None


# ---------------------------------------------------------------- lines: name – figure unit, figure unit


@dataclass(frozen=True)
class Line:
    """A `name – figure unit[, figure unit]` item found in the stream."""

    name: str
    first: Quantity
    second: Quantity | None
    start: int
    total: bool
    run_on: bool
    """The name follows the previous item's figure with no boundary (`…0,006 т, ТБО – 0,5 т`)."""


def rate_lines(
    text: str, units: frozenset[str], second_units: frozenset[str] = frozenset()
) -> Iterator[Line]:
    """Every figure in `units` with the name before it and an optional second figure right after it.

    A line whose name says "total" (or that has no name at all) is a total.
    """
    quantities = find_quantities(text)
    floor = 0
    for k, q in enumerate(quantities):
        if q.unit not in units or q.value is None or q.start is None or q.end is None:
            continue
        nxt = quantities[k + 1] if k + 1 < len(quantities) else None
        second = None
        if (
            nxt is not None
            and nxt.unit in second_units
            and re.fullmatch(r"[\s,;]*(?:и|или|and)?[\s,;]*", text[q.end : nxt.start or 0])
        ):
            second = nxt
        start, name, run_on = name_before(text, q.start, floor)
        floor = (second or q).end or q.end
        yield Line(name, q, second, start, is_total(name) or not _LETTER.search(name), run_on)


def shifted(line: Line, offset: int) -> Line:
    """A line found in a slice of the text, with its offsets moved into the whole text."""

    def move(q: Quantity) -> Quantity:
        return replace(q, start=(q.start or 0) + offset, end=(q.end or 0) + offset)

    second = move(line.second) if line.second else None
    return replace(line, first=move(line.first), second=second, start=line.start + offset)


def section_spans(text: str, table: str) -> list[tuple[int, int]]:
    """Where the sections opened by the headers of `table` run: up to the next section header."""
    own = _rx(table)
    spans: list[tuple[int, int]] = []
    for m in own.finditer(text):
        if not _is_header(text, m) or (spans and m.start() < spans[-1][1]):
            continue
        end = len(text)
        for nxt in _rx("SECTIONS").finditer(text, m.end()):
            if _is_header(text, nxt) and not own.fullmatch(nxt.group(0)):
                end = nxt.start()
                break
        spans.append((m.start(), end))
    return spans


def _named(line: Line) -> bool:
    return bool(_LETTER.search(line.name)) and _words(line.name) <= MAX_NAME_WORDS


# ---------------------------------------------------------------- emissions


def emissions(ctx: Context, stream: Stream, out: Collector) -> None:
    """Emission lines per period, and their totals checked against the sum of the lines.

    A line is a substance with g/s and usually t/y; inside the emissions
    section a substance with t/y alone counts too, when the reference list
    knows it (elsewhere a tonnage is a raw material or a waste).
    """
    text = stream.text
    totals: list[Line] = []
    found: list[tuple[int, c.Emission]] = []
    taken: set[int | None] = set()
    for line in rate_lines(text, frozenset({"g/s"}), ANNUAL_UNITS):
        taken.update(q.start for q in (line.first, line.second) if q is not None)
        if line.total:
            totals.append(line)
        elif _named(line):
            found.append((line.start, _emission(ctx, stream, line, g_s=True)))
    for lo, hi in section_spans(text, "EMISSION_SECTIONS"):
        for line in (shifted(x, lo) for x in rate_lines(text[lo:hi], ANNUAL_UNITS)):
            if line.first.start in taken:
                continue
            if line.total:
                totals.append(line)
            elif _named(line) and (emission := _emission(ctx, stream, line, g_s=False)).substance.code:
                found.append((line.start, emission))
    items = [e for _, e in sorted(found, key=lambda pair: pair[0])]
    out.emissions.extend(items)
    for line in totals:
        period = _total_period(text, line)
        check_emission_total(ctx, stream, out, [e for e in items if e.period == period], period, line)


def table_emissions(ctx: Context, out: Collector, stop: int | None) -> None:
    """Emission tables before the conclusions (substance | class | g/s | t/y): one Emission per row but totals.

    A table that gives both periods side by side (`Период строительства: г/с, т/год | Период
    эксплуатации: г/с, т/год`) gives one Emission per row and period.
    """
    for ti, bi, table in ctx.tables():
        table = _with_unit_row(table)
        roles = column_roles(table)
        if "g_s" not in roles or (stop is not None and bi > stop):
            continue
        pairs = _rate_columns(table)
        figures = [roles[r] for r in ("g_s", "t_y", "hazard_class") if r in roles]
        name_cols = [i for i in range(min(figures)) if i != roles.get("row_number")]
        before = " ".join(b.text for b in ctx.doc.blocks[max(0, bi - 2) : bi] if is_text(b))
        context = f"{before} {table.caption or ''}"
        period = last_label(context, len(context), "PERIODS")
        for r in range(len(table.rows)):
            name = clean_name(" ".join(cell(table, r, i) for i in name_cols))
            rates = [(number(cell(table, r, g)), number(cell(table, r, t)), p) for g, t, p in pairs]
            if all(g is None and t is None for g, t, _ in rates):
                if named := last_label(name, len(name), "PERIODS"):
                    period = named  # a row `Период строительства` over the rows of that period
                continue
            if not _LETTER.search(name) or is_total(name):
                continue
            hazard = re.fullmatch(r"\s*([1-4])\s*", cell(table, r, roles.get("hazard_class")))
            for g_s, t_y, own in rates:
                if g_s is None and t_y is None:
                    continue
                when = own or period
                out.emissions.append(
                    c.Emission(
                        substance=table_substance(name),
                        raw=name,
                        hazard_class=int(hazard.group(1)) if hazard else hazard_class_of(name),
                        g_s=g_s,
                        t_y=t_y,
                        period=str(when) if when else None,
                        provenance=ctx.row_provenance(ti, r),
                    )
                )


def table_limits(ctx: Context, out: Collector, stop: int | None) -> None:
    """Measurements against limits given as a table (point | substance | measured | ПДК) before the conclusions."""
    for ti, bi, table in ctx.tables():
        roles = column_roles(table)
        if not {"substance", "limit"} <= roles.keys() or "g_s" in roles or (stop is not None and bi > stop):
            continue
        before = " ".join(b.text for b in ctx.doc.blocks[max(0, bi - 2) : bi] if is_text(b))
        context = f"{before} {table.caption or ''} {' '.join(table.header)}"
        unit = _header_unit(table.header[roles["limit"]]) or _header_unit(" ".join(table.header))
        medium = UNIT_MEDIA.get(unit or "") or _medium_at(context, len(context))
        if medium is None and unit in ("mg/l", "ug/l"):
            medium = "water"
        if medium is None:
            continue
        for r in range(len(table.rows)):
            raw = cell(table, r, roles["substance"])
            limit = number(cell(table, r, roles["limit"]))
            if limit is None or not _LETTER.search(raw):
                continue
            measured_text = cell(table, r, roles.get("measured"))
            value = find_quantities(measured_text, require_unit=False) if measured_text else []
            point = cell(table, r, roles.get("point")) or None
            out.limits.append(
                c.Limit(
                    substance=substance(raw, "water" if medium == "waste_water" else medium),
                    medium=medium,
                    point=clean_name(point) if point else None,
                    value=value[0].value if value and value[0].comparator is None else None,
                    limit=limit,
                    unit=unit,
                    provenance=ctx.row_provenance(ti, r),
                )
            )


def text_table_limits(ctx: Context, out: Collector, stop: int | None) -> None:
    """A table of measurements against limits that a text dump flattened:
    `Точка отбора Вещество Фактическая концентрация, мг/м3 ПДК, мг/м3` then `Т-1 Азота диоксид 0,041 0,2`."""
    blocks = ctx.doc.blocks[:stop]
    i = 0
    while i < len(blocks):
        text = blocks[i].text if is_text(blocks[i]) else ""
        limit_word = re.search(_all(LIMIT_WORDS), text)
        unit = _header_unit(text[limit_word.end() :]) if limit_word else None
        if unit is None or re.search(r"\(\s*" + _all(LIMIT_WORDS), text) or find_quantities(text[: limit_word.start()]):
            i += 1
            continue
        j, parts = i + 1, [text]
        while j < len(blocks) and is_text(blocks[j]) and not _ends_flat_table(blocks[j]):
            parts.append(" ".join(blocks[j].text.split()))
            j += 1
        medium = UNIT_MEDIA.get(unit) or ("water" if unit in ("mg/l", "ug/l") else None)
        measured_first = bool(re.search(r"фактическ|измерен|нақты", text[: limit_word.start()], re.IGNORECASE))
        if medium is not None:
            _flat_limits(ctx, out, " ".join(parts), text, medium, unit, measured_first, i)
        i = max(j, i + 1)


_POINT: Final = re.compile(r"(?<![\w.,])(?:кт|тп|пп|т|пост|точка)\s*[.\-–№]?\s*\d{1,3}(?![\w,])", re.IGNORECASE)


def _flat_limits(ctx, out, text: str, header: str, medium: str, unit: str, measured_first: bool, block: int) -> None:
    rows = text[_header_end(header) :]
    found = find_substances(rows, medium="water" if medium == "waste_water" else medium)
    point = None
    previous = 0
    for k, m in enumerate(found):
        before = rows[previous : m.start]
        pm = list(_POINT.finditer(before))
        point = re.sub(r"\s+", "", pm[-1].group(0)) if pm else point
        stop = found[k + 1].start if k + 1 < len(found) else len(rows)
        span = _POINT.split(rows[m.end : stop])[0]
        figures = [f.group(0) for f in _FIGURE.finditer(span) if f.group(0) not in "-–—"]
        previous = m.end
        if not figures:
            continue
        value = number(figures[0]) if measured_first and len(figures) >= 2 else None
        limit = number(figures[1] if measured_first and len(figures) >= 2 else figures[0])
        if limit is None:
            continue
        s = m.substance
        out.limits.append(
            c.Limit(
                substance=contract_substance(s),
                medium=medium,
                point=point,
                value=value,
                limit=limit,
                unit=unit,
                provenance=ctx.block_provenance(block),
            )
        )


def _header_end(header: str) -> int:
    """Where the header words end in a block that goes on with the first row: after the last unit."""
    ends = [m.end() for m in re.finditer(r"(?:мк?г|mg)\s*/\s*(?:дм3|л|м3|кг|l|m3|kg)", header, re.IGNORECASE)]
    return ends[-1] if ends else 0


def _header_unit(text: str) -> str | None:
    """The unit named in a header (`ПДК м.р., мг/м3`, `(мг/дм3)`)."""
    m = re.search(r"(?:мк?г|mg|ug|μg)\s*/\s*(?:дм3|дм³|л|м3|м³|кг|l|m3|kg)", text, re.IGNORECASE)
    return normalise_unit(m.group(0)) if m else None


def _with_unit_row(table):
    """A table whose second header row (`г/с | т/год | г/с | т/год`) the reader took for a body row:
    that row read as header too (it stays in the body, where it has no figures, so rows keep their index)."""
    if not table.rows:
        return table
    first = [cell(table, 0, k).strip() for k in range(table.n_cols)]
    units = [t for t in first if t]
    if not any(_G_S_WORD.fullmatch(t) for t in units) or not all(
        _G_S_WORD.fullmatch(t) or _T_Y_WORD.fullmatch(t) for t in units
    ):
        return table
    return replace(table, header_rows=(*table.header_rows, table.rows[0]))


def _rate_columns(table) -> list[tuple[int, int | None, object | None]]:
    """(g/s column, its t/y column, the period its header names) for every g/s column of a table."""
    kinds = [role_of(h) for h in table.header]
    g_cols = [k for k, kind in enumerate(kinds) if kind == "g_s"]
    out: list[tuple[int, int | None, object | None]] = []
    for n, g in enumerate(g_cols):
        limit = g_cols[n + 1] if n + 1 < len(g_cols) else len(kinds)
        t = next((k for k in range(g + 1, limit) if kinds[k] == "t_y"), None)
        if t is None and len(g_cols) == 1:
            t = next((k for k, kind in enumerate(kinds) if kind == "t_y"), None)
        header = table.header[g]
        out.append((g, t, last_label(header, len(header), "PERIODS")))
    return out


def table_substance(name: str) -> c.Substance:
    """A row's substance by its name, else by the four-digit code written before the name."""
    found = substance(without_hazard_class(name), "air")
    code = re.match(r"\s*(\d{4})(?!\d)", name)
    if found.code is None and code and (known := substance_by_code(code.group(1))) is not None:
        return contract_substance(known)
    return found


def text_table_emissions(ctx: Context, out: Collector, stop: int | None) -> None:
    """An emission table that a text dump flattened into lines (`0301 Азота (IV) диоксид 2 0,2140 5,3120`).

    It starts at a line of header words naming g/s and t/y without figures; its rows are the
    substances after it, each with the figures up to the next substance, read in the order the
    header names its columns (hazard class, g/s, t/y). A total row ends the figures of the row above.
    """
    blocks = ctx.doc.blocks[:stop]
    i = 0
    while i < len(blocks):
        header = blocks[i].text if is_text(blocks[i]) else ""
        if not (_G_S_WORD.search(header) and _T_Y_WORD.search(header)) or find_quantities(header):
            i += 1
            continue
        j, lines = _flattened_lines(blocks, i + 1)
        if lines:
            before = " ".join(b.text for b in blocks[max(0, i - 3) : i + 1] if is_text(b))
            words = re.split(r"[.:;]\s", before)[-1]  # the header words over several lines, after the lead-in
            _flat_rows(ctx, out, words, lines, last_label(before, len(before), "PERIODS"))
        i = max(j, i + 1)


_G_S_WORD: Final = re.compile(r"(?<![^\W\d_])г/с(?:ек)?(?![^\W\d_])|g/s", re.IGNORECASE)
_T_Y_WORD: Final = re.compile(r"(?<![^\W\d_])т(?:онн)?/(?:год|г|период|жыл|кезең)(?![^\W\d_])|t/y", re.IGNORECASE)
_CLASS_WORD: Final = re.compile(r"класс|кл\.|қауіптілік", re.IGNORECASE)
_FIGURE: Final = re.compile(r"(?<![\w,.\-–/])(?:\d+(?:[.,]\d+)?(?:[eE]-?\d+)?|[-–—])(?![\w,.\-–%/])")


def _ends_flat_table(block: Block) -> bool:
    """A caption, a heading or a sentence of running text after the rows."""
    text = block.text.strip()
    if block.kind == BlockKind.HEADING or re.match(r"^\s*(таблица|кесте|\d+-кесте)\b", text, re.IGNORECASE):
        return True
    if text.endswith(":") and not re.search(r"\d", text):
        return True  # the lead-in of what follows (`Выбросы загрязняющих веществ:`)
    return len(text.split()) >= 8 and text.endswith((".", ":")) and not re.search(r"\d[.,]\d", text)


def _flat_rows(ctx: Context, out: Collector, header: str, lines: list[tuple[int, str]], period) -> None:
    text = " ".join(t for _, t in lines)
    starts = [0]
    for _, t in lines[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    found = list(find_substances(text, medium="air"))
    columns = _flat_columns(header)
    for k, m in enumerate(found):
        stop = found[k + 1].start if k + 1 < len(found) else len(text)
        span = text[m.end : stop]
        total = re.search(_all(TOTALS), span, re.IGNORECASE)
        span = span[: total.start()] if total else span
        figures = [f.group(0) for f in _FIGURE.finditer(span)]
        nxt = found[k + 1].substance.code if k + 1 < len(found) else None
        if figures and nxt and figures[-1] == nxt:
            figures.pop()  # the code written before the next row's name
        cols = columns
        if len(figures) < len(cols) and cols and cols[0][0] == "class":
            cols = cols[1:]
        if len(figures) > len(cols):
            figures = figures[len(figures) - len(cols) :]
        values = list(zip(cols, figures, strict=False))
        hazard = next((re.fullmatch(r"[1-4]", f) for (kind, _), f in values if kind == "class"), None)
        s = m.substance
        row = bisect.bisect_right(starts, m.start) - 1
        for when in dict.fromkeys(p for kind, p in cols if kind != "class"):
            g_s = number(next((f for (kind, p), f in values if kind == "g_s" and p == when), None))
            t_y = number(next((f for (kind, p), f in values if kind == "t_y" and p == when), None))
            if g_s is None and t_y is None:
                continue
            when = when or period
            out.emissions.append(
                c.Emission(
                    substance=contract_substance(s),
                    raw=m.raw,
                    hazard_class=int(hazard.group(0)) if hazard else None,
                    g_s=g_s,
                    t_y=t_y,
                    period=str(when) if when else None,
                    provenance=ctx.block_provenance(lines[row][0]),
                )
            )


def _flat_columns(header: str) -> list[tuple[str, object | None]]:
    """The figure columns a flattened header names, in order: (`class`|`g_s`|`t_y`, the period over them)."""
    marks = [(m.start(), "class") for m in _CLASS_WORD.finditer(header)][:1]
    units = sorted([(m.start(), "g_s") for m in _G_S_WORD.finditer(header)] + [
        (m.start(), "t_y") for m in _T_Y_WORD.finditer(header)
    ])
    starts, values = _marks("PERIODS", header)
    periods = [(p, v) for p, v in zip(starts, values, strict=True) if v is not None]
    if len(periods) >= 2 and units and periods[-1][0] < units[0][0] and len(units) % len(periods) == 0:
        # `Период строительства Период эксплуатации / г/с т/год г/с т/год`: the units split evenly under the periods
        size = len(units) // len(periods)
        named = [(kind, periods[k // size][1]) for k, (_, kind) in enumerate(units)]
    else:
        named = [(kind, last_label(header, pos, "PERIODS")) for pos, kind in units]
    return [("class", None) for _ in marks if not marks or marks[0][0] < units[0][0]] + named


def text_table_wastes(ctx: Context, out: Collector, stop: int | None) -> None:
    """A waste table that a text dump flattened (`Промасленная ветошь опасный 0,25`): rows end at their amount."""
    blocks = ctx.doc.blocks[:stop]
    i = 0
    while i < len(blocks):
        header = blocks[i].text if is_text(blocks[i]) else ""
        if not (_MASS_WORD.search(header) and re.search(r"отход|қалдық", header, re.IGNORECASE)) or re.search(
            r"\d[.,]?\d*\s*(?:т|тонн)", header
        ):
            i += 1
            continue
        j, lines = _flattened_lines(blocks, i + 1)
        before = " ".join(b.text for b in blocks[max(0, i - 3) : i + 1] if is_text(b))
        period = last_label(before, len(before), "PERIODS")
        group: bool | None = None
        for k, line in lines:
            codes = find_waste_codes(line, strict=False)
            plain = line
            for a, b, _ in reversed(codes):
                plain = plain[:a] + " " * (b - a) + plain[b:]
            figure = list(_FIGURE.finditer(plain))
            amount = number(figure[-1].group(0)) if figure else None
            name = clean_name(plain[: figure[-1].start()] if figure else plain)
            hazard = _row_hazard(name)
            name = clean_name(re.sub(rf"\s*(?<![^\W\d_]){_HAZARD_WORD}(?![^\W\d_])\s*$", "", name, flags=re.IGNORECASE))
            skip, group = _group_or_skip(name, amount, group)
            if skip:
                continue
            code = codes[0][2] if codes else None
            if hazard is None:
                hazard = group if group is not None else (code.hazardous if code else None)
            out.wastes.append(_listed_waste(code, hazard, name, amount, period, ctx.block_provenance(k)))
        i = max(j, i + 1)


_MASS_WORD: Final = re.compile(r"(?<![^\W\d_])(?:т/(?:год|г|период|жыл|кезең)|тонн\w*|т)(?![^\W\d_/])", re.IGNORECASE)
_HAZARD_WORD: Final = r"(?:не\s*опасн\w*|опасн\w*|қауіпті\s+емес|қауіпті)"


def table_wastes(ctx: Context, out: Collector, stop: int | None) -> None:
    """Waste tables before the conclusions (name | kind or code | amount): one Waste per row but totals.

    Hazard comes from the row (`опасный`, `неопасный`, a starred code) or from a group row above it
    (`Опасные отходы`); the period from the caption and the text before the table.
    """
    for ti, bi, table in ctx.tables():
        roles = column_roles(table)
        amount_col = roles.get("amount", roles.get("t_y"))
        name_col = roles.get("waste_name", roles.get("name"))
        if amount_col is None or name_col is None or (stop is not None and bi > stop):
            continue
        before = " ".join(b.text for b in ctx.doc.blocks[max(0, bi - 2) : bi] if is_text(b))
        context = f"{before} {table.caption or ''}"
        if not re.search(r"отход|қалдық", context + " ".join(table.header), re.IGNORECASE):
            continue
        period = last_label(context, len(context), "PERIODS")
        group: bool | None = None
        for r in range(len(table.rows)):
            texts = [cell(table, r, k) for k in range(table.n_cols)]
            name = clean_name(cell(table, r, name_col))
            amount = number(cell(table, r, amount_col))
            hazard = _row_hazard(" ".join(t for k, t in enumerate(texts) if k != name_col))
            skip, group = _group_or_skip(name, amount, group)
            if skip:
                continue
            codes = find_waste_codes(" ".join(texts), strict=False)
            code = codes[0][2] if codes else None
            if hazard is None:
                hazard = group if group is not None else (code.hazardous if code else _row_hazard(name))
            out.wastes.append(_listed_waste(code, hazard, name, amount, period, ctx.row_provenance(ti, r)))


def _flattened_lines(blocks, start: int) -> tuple[int, list[tuple[int, str]]]:
    """The lines of a table a text dump has flattened, from `start` to where the table ends:
    (index of the first block after it, [(block index, text)])."""
    j, lines = start, []
    while j < len(blocks) and is_text(blocks[j]) and not _ends_flat_table(blocks[j]):
        lines.append((j, " ".join(blocks[j].text.split())))
        j += 1
    return j, lines


def _group_or_skip(name: str, amount: float | None, group: bool | None) -> tuple[bool, bool | None]:
    """(skip this row?, the hazard group rows below belong to). A row without an amount heads a group
    (`Опасные отходы`); a total, or a row without a name, is no waste."""
    if amount is None:
        label = last_label(name, len(name), "HAZARD")
        return True, bool(label) if label is not None else group
    return not _LETTER.search(name) or is_total(name), group


def _listed_waste(code, hazard: bool | None, name: str, amount: float, period, provenance: c.Provenance) -> c.Waste:
    """A waste of a conclusion's list or table: an amount with its normalised code, hazard and period."""
    return c.Waste(
        code=code.code if code else None,
        hazardous=hazard,
        name=name,
        amount_t=amount,
        period=str(period) if period else None,
        provenance=provenance,
    )


def _row_hazard(text: str) -> bool | None:
    """`опасный` / `неопасный` (or `опасные отходы` …) written in a cell."""
    for pattern, value in _labelled("HAZARD_SUBTOTAL"):
        if pattern.search(text):
            return bool(value)
    return None


def _total_period(text: str, line: Line) -> str | None:
    """The period a total names in its own sentence, else the one it stands in."""
    sentence = sentence_before(text, line.first.start or 0)
    own = last_label(sentence, len(sentence), "PERIODS")
    return str(own) if own else period_at(text, line.first.start or 0)


def _emission(ctx: Context, stream: Stream, line: Line, g_s: bool) -> c.Emission:
    """An Emission from a line: g/s (and t/y), or with `g_s` False its t/y figure alone."""
    text = stream.text
    tail = text[(line.second or line.first).end or 0 :].lstrip(" ,")[:40].split(";")[0].split(",")[0]
    annual = line.second if g_s else line.first
    name = line.name
    found = substance(without_hazard_class(name), "air")
    lead = re.search(r"([^;:\n.]{3,80}):\s*$", text[: line.start])
    if found.code is None and lead:  # `бейорганикалық шаң: кремний қостотығы 70-20%` was cut at its colon
        joined = f"{lead.group(1).strip()}: {name}"
        if (longer := substance(without_hazard_class(joined), "air")).code is not None:
            found, name = longer, joined
    return c.Emission(
        substance=found,
        raw=name,
        hazard_class=hazard_class_of(line.name) or hazard_class_of(tail),
        g_s=line.first.value if g_s else None,
        t_y=annual.value if annual else None,
        period=period_at(text, line.first.start or 0),
        provenance=ctx.block_provenance(stream.block_at(line.start)),
    )


def check_emission_total(
    ctx: Context, stream: Stream, out: Collector, items: list[c.Emission], period: str | None, line: Line
) -> None:
    """Warn when a stated total differs from the sum of its period's lines beyond rounding."""
    if not items:
        return
    g_s = line.first if line.first.unit == "g/s" else None
    t_y = line.second if g_s else line.first
    checks = [(g_s, [e.g_s for e in items]), (t_y, [e.t_y for e in items])]
    for total, values in checks:
        if total is None or total.value is None or any(v is None for v in values):
            continue
        items_sum = fsum(v for v in values if v is not None)
        if not close_enough(total, items_sum):
            out.warn(
                "total_mismatch",
                f"emissions ({period or 'no period'}): stated total {total.raw} "
                f"but the {len(items)} substances sum to {items_sum:.10g} {total.unit}",
                ctx.block_provenance(stream.block_at(total.start or 0)),
            )


# ---------------------------------------------------------------- wastes


def waste_region(text: str) -> tuple[int, int] | None:
    """Where the wastes are told: the wastes section, else from the first `Опасные отходы:` header on."""
    spans = section_spans(text, "WASTE_SECTIONS")
    if spans:
        return spans[0][0], spans[-1][1]
    starts = [
        m.start()
        for pattern, _ in _labelled("HAZARD")
        for m in pattern.finditer(text)
        if text[m.end() :].lstrip().startswith(":")
    ]
    if not starts:
        return None
    start = min(starts)
    end = next(
        (m.start() for m in _rx("SECTIONS").finditer(text, start + 1) if _is_header(text, m)), len(text)
    )
    return start, end


def wastes(ctx: Context, stream: Stream, out: Collector) -> None:
    """Waste streams with amounts and hazard; the total lines are checked, not emitted."""
    region = waste_region(stream.text)
    if region is None:
        return
    offset = region[0]
    text = stream.text[region[0] : region[1]]
    found: list[c.Waste] = []
    totals: list[Line] = []
    for line in rate_lines(text, MASS_UNITS):
        if line.total:
            totals.append(line)
        if is_waste_total(text, line):
            continue
        waste = _waste(ctx, stream, text, line, offset)
        if waste is not None:
            found.append(waste)
    out.wastes.extend(found)
    for line in totals:
        check_waste_total(ctx, stream, out, found, text, line, offset)


def _waste(ctx: Context, stream: Stream, text: str, line: Line, offset: int) -> c.Waste | None:
    name = line.name.rsplit(", ", 1)[-1] if line.run_on else line.name
    codes = find_waste_codes(name)
    code = codes[0][2] if codes else None
    if codes:
        name = name[: codes[0][0]] + name[codes[0][1] :]
    name = clean_name(re.sub(r"\(\s*\)", " ", name))
    if not _named(replace(line, name=name)):
        return None
    pos = line.first.start or 0
    hazardous = last_label(text, pos, "HAZARD")
    note = re.match(r"\s*(?:\(([^()]{1,40})\)|[-–—,]\s*([^\W\d_][^;,.()]{0,30}))", text[line.first.end or 0 :])
    own = _row_hazard(note.group(1) or note.group(2)) if note else None
    if own is not None:  # `– 15,0 т/период (неопасные)`: the item says it itself
        hazardous = own
    return c.Waste(
        code=code.code if code else None,
        hazardous=bool(hazardous) if hazardous is not None else (code.hazardous if code else None),
        name=name,
        amount_t=line.first.value,
        period=period_at(text, pos) or ("construction" if line.first.unit == "t/period" else None),
        provenance=ctx.block_provenance(stream.block_at(offset + line.start)),
    )


def is_waste_total(text: str, line: Line) -> bool:
    """A total, or a subtotal in a total's sentence (`…составит 0,510 т, из них опасные – 0,005 т`)."""
    if line.total:
        return True
    if not is_total(sentence_before(text, line.first.start or 0)):
        return False
    name = re.sub(_all(SUBTOTAL_LEAD), " ", line.name, flags=re.IGNORECASE)
    labels = "|".join(p.pattern for p, _ in _labelled("HAZARD_SUBTOTAL"))
    return bool(re.fullmatch(rf"\s*(?:{labels})\s*", name, re.IGNORECASE))


def check_waste_total(
    ctx: Context, stream: Stream, out: Collector, items: list[c.Waste], text: str, line: Line, offset: int
) -> None:
    """Check a total and the `из них опасные / неопасные` subtotals of its sentence against the items."""
    if not items:
        return
    end = _SENTENCE.search(text, line.first.end or 0)
    start = line.first.start or 0
    figures = [
        q
        for q in find_quantities(text[start : end.start() if end else len(text)])
        if q.unit in MASS_UNITS and q.value is not None
    ]
    last = 0
    for q in figures:
        label = last_label(text[start + last : start + (q.start or 0)], 10**9, "HAZARD_SUBTOTAL")
        last = q.end or last
        group = [w for w in items if label is None or w.hazardous is label]
        kind = "all wastes" if label is None else ("hazardous wastes" if label else "non-hazardous wastes")
        items_sum = fsum(w.amount_t for w in group if w.amount_t is not None)
        if not close_enough(q, items_sum):
            out.warn(
                "total_mismatch",
                f"{kind}: stated total {q.raw} but the {len(group)} listed amounts sum to {items_sum:.10g} t",
                ctx.block_provenance(stream.block_at(offset + start + (q.start or 0))),
            )


# ---------------------------------------------------------------- limits


@cache
def _limit_paren() -> re.Pattern[str]:
    return re.compile(rf"\(\s*{_all(LIMIT_WORDS)}[^()\d]{{0,15}}(?P<body>\d[^()]*)\)")


def limits(ctx: Context, stream: Stream, out: Collector) -> None:
    """Measured values against limits: `диоксид серы – 0,11 (ПДК - 0,5 мг/м3)`.

    A limit written apart from the items before it (`медь – не обн., свинец
    – не обн., (ПДК – 0,03 мг/л)`) does not say whose it is: it is not
    guessed but reported as an `ambiguous_limit` warning.
    """
    text = stream.text
    floor = 0
    for m in _limit_paren().finditer(text):
        segment_floor, floor = floor, m.end()
        limit_q = next(
            (q for q in find_quantities(m.group("body"), require_unit=False) if q.value is not None), None
        )
        if limit_q is None:
            continue
        item_start, item, _ = name_before(text, m.start(), segment_floor)
        if not item or text[max(0, m.start() - 8) : m.start()].rstrip().endswith(","):
            out.warn(
                "ambiguous_limit",
                f"limit {m.group(0)} stands apart from the items before it; not assigned",
                ctx.block_provenance(stream.block_at(m.start())),
            )
            continue
        found = measured(item)
        if found is None:
            continue
        name, value = found
        unit = limit_q.unit or value.unit
        medium = UNIT_MEDIA.get(unit or "") or _medium_at(text, item_start)
        if medium is None or _words(name) > MAX_NAME_WORDS // 2:
            continue
        out.limits.append(
            c.Limit(
                substance=substance(name, "water" if medium == "waste_water" else medium),
                medium=medium,
                value=value.value if value.comparator is None else None,
                limit=limit_q.value,
                unit=unit,
                provenance=ctx.block_provenance(stream.block_at(m.start())),
            )
        )


def measured(item: str) -> tuple[str, Quantity] | None:
    """`диоксид азота – 0,1 мг/м3` → (`диоксид азота`, 0.1 mg/m3); `сероводород – не обн.` → not detected."""
    for q in find_quantities(item, require_unit=False):
        if not q.start:
            continue
        name = re.sub(r"[\s\-–—:=]+$", "", item[: q.start]).strip(" ,")
        if _LETTER.search(name):
            return name, q
    return None


def _medium_at(text: str, pos: int) -> str | None:
    value = last_label(text, pos, "MEDIA")
    return str(value) if value else None


# ---------------------------------------------------------------- requirements


@dataclass(frozen=True)
class Item:
    """A requirement: its number (None for the introduction), its blocks and its joined text."""

    number: str | None
    blocks: tuple[int, ...]
    text: str


def item_number(block: Block) -> tuple[str | None, str | None]:
    """The number of a numbered block and its style (`.` or `)`), from the parser or typed in the text."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING) and block.label and block.label.isdigit():
        return block.label, ")" if (block.number or "").rstrip().endswith(")") else "."
    if block.kind == BlockKind.PARAGRAPH and block.number is None:
        m = ITEM_PREFIX.match(block.text)
        if m and not re.match(r"\s*\d", block.text[m.end() :]):
            return m.group("n"), m.group("p")
    return None, None


def item_text(block: Block) -> str:
    """An item block's text without a number typed into it and without stray leading dots."""
    text = block.text
    m = ITEM_PREFIX.match(text) if block.number is None else None
    if m and block.kind == BlockKind.PARAGRAPH:
        text = text[m.end() :]
    return " ".join(text.split()).lstrip(". ")


def continuation_text(block: Block) -> str:
    """A block that continues an item, with its own number kept (`1) риска для вод…`)."""
    text = (
        f"{block.number} {block.text}" if block.kind == BlockKind.LIST_ITEM and block.number else block.text
    )
    return " ".join(text.split())


def is_signature(block: Block) -> bool:
    """A short line opening with a position or "Исп.": the signature under the list."""
    text = block.text.strip()
    return _words(text) <= 14 and bool(re.match(_all(SIGNATURE), text, re.IGNORECASE))


def is_section_heading(block: Block) -> bool:
    """A short heading without a number (an appendix, a new part): the list is over."""
    return block.kind == BlockKind.HEADING and block.number is None and _words(block.text) <= 12


def conclusions_start(blocks: tuple[Block, ...]) -> int | None:
    """The block that opens the conclusions ("Выводы"), when a numbered item 1 follows it."""
    pattern = re.compile(rf"^\s*{_all(CONCLUSIONS)}(?![^\W_])", re.IGNORECASE)
    for i, block in enumerate(blocks):
        if (
            is_text(block)
            and pattern.match(block.text)
            and any(item_number(b)[0] == "1" for b in blocks[i : i + 12])
        ):
            return i
    return None


def last_list_start(blocks: tuple[Block, ...]) -> int | None:
    """Without a "Выводы" heading: the last numbered list 1, 2, … whose items mostly oblige."""
    for i in range(len(blocks) - 1, -1, -1):
        if item_number(blocks[i])[0] != "1":
            continue
        _, items = numbered_items(blocks, i)
        obliging = sum(
            1 for item in items if _rx("MUST").search(item.text) or _rx("MUST_NOT").search(item.text)
        )
        if len(items) >= 2 and obliging * 2 > len(items):
            return i
    return None


def numbered_items(blocks: tuple[Block, ...], start: int) -> tuple[Item | None, list[Item]]:
    """The introduction and the top-level items from `start` on, each with its continuation blocks.

    Items are numbered 1, 2, 3 … in one style and at one level; anything
    else (sub-items `1)`, an inner list, plain paragraphs) continues the item
    above it. The list ends at the signature or at a new section heading.
    """
    intro: list[tuple[int, str]] = []
    items: list[tuple[str, list[tuple[int, str]]]] = []
    style: str | None = None
    level: int | None = None
    for i in range(start, len(blocks)):
        block = blocks[i]
        if not is_text(block) or not block.text.strip():
            continue
        if items and (is_signature(block) or is_section_heading(block)):
            break
        number, punct = item_number(block)
        same_level = level is None or block.level is None or block.level == level
        if number == str(len(items) + 1) and style in (None, punct) and same_level:
            style = punct
            level = block.level if block.kind == BlockKind.LIST_ITEM else level
            items.append((number, [(i, item_text(block))]))
        else:
            (items[-1][1] if items else intro).append((i, continuation_text(block)))
    items_out = [Item(n, tuple(i for i, _ in parts), " ".join(t for _, t in parts)) for n, parts in items]
    return _intro(intro), items_out


def _intro(parts: list[tuple[int, str]]) -> Item | None:
    """The conclusion before the list ("…необходимо проведение оценки…"), without heading and lead-in."""
    if not parts:
        return None
    text = " ".join(t for _, t in parts)
    text = re.sub(rf"^\s*{_all(CONCLUSIONS)}(?![^\W_])\s*[:.]?\s*", "", text, flags=re.IGNORECASE)
    sentences = re.split(rf"(?<=[.!?])\s+(?=[{_CAPITAL}])", text)
    kept = [s for s in sentences if s.strip() and not s.rstrip().endswith(":") and _rx("MUST").search(s)]
    return Item(None, tuple(i for i, _ in parts), " ".join(kept)) if kept else None


def modality(text: str) -> str:
    """`must_not` when a prohibition comes before any positive obligation word."""
    neg = _rx("MUST_NOT").search(text)
    pos = _rx("MUST").search(text)
    return "must_not" if neg and (pos is None or neg.start() <= pos.start()) else "must"


def actor(text: str, lang_code: str | None) -> str:
    """Who must act: a body named before the first obligation word of its sentence, else the initiator."""
    pos = _rx("MUST").search(text)
    if pos is not None:
        sentence = sentence_before(text, pos.start())
        named = [
            m
            for m in re.finditer(rf"(?<![^\W_]){_all(ACTORS)}", sentence, re.IGNORECASE)
            if not _after_preposition(sentence, m.start())
        ]
        if named:
            return clean_name(named[-1].group(0))
    return DEFAULT_ACTOR.get(lang_code or "", DEFAULT_ACTOR["ru"])


def _after_preposition(text: str, pos: int) -> bool:
    words = text[:pos].split()
    return bool(words) and words[-1].lower() in {p for ps in PREPOSITIONS.values() for p in ps}


def requirement(ctx: Context, item: Item) -> c.Obligation:
    first = ctx.doc.blocks[item.blocks[0]]
    lang_code = first.language or ctx.doc.language
    freq = frequency(item.text)
    deadline = find_deadline(item.text)
    return c.Obligation(
        id="",
        kind="requirement",
        text=item.text,
        modality=modality(item.text),
        number=item.number,
        actor=actor(item.text, lang_code),
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        deadline=deadline.raw if deadline else None,
        legal_refs=ctx.legal_refs(item.text),
        provenance=ctx.block_provenance(item.blocks[0]),
        language=lang_code,
    )


def requirements(ctx: Context, start: int | None, out: Collector) -> None:
    """One requirement per top-level numbered item of the conclusions, plus the introduction (unnumbered)."""
    if start is None:
        return
    intro, items = numbered_items(ctx.doc.blocks, start)
    for item in ([intro] if intro else []) + items:
        out.add_obligation(requirement(ctx, item))


# ---------------------------------------------------------------- entry point


def extract(ctx: Context, out: Collector) -> None:
    """Facility, emissions, limits and wastes from the statement; requirements from the conclusions."""
    blocks = ctx.doc.blocks
    start = conclusions_start(blocks)
    stream = blocks_to_stream((i, b) for i, b in enumerate(blocks[:start]) if is_text(b))
    table_emissions(ctx, out, start)
    text_table_emissions(ctx, out, start)
    table_wastes(ctx, out, start)
    text_table_wastes(ctx, out, start)
    table_limits(ctx, out, start)
    text_table_limits(ctx, out, start)
    if start is None:
        start = last_list_start(blocks)
    found = facility(ctx, stream)
    if found is not None:
        out.facilities.append(found)
    emissions(ctx, stream, out)
    limits(ctx, stream, out)
    wastes(ctx, stream, out)
    requirements(ctx, start, out)
