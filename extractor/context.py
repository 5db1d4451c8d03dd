"""What every table reader and every kind's extractor shares: the context of one document, a
collector for the items found, and small helpers that turn raw text into
contract values (substances, legal references, frequencies, numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from extractor import contract as c
from extractor.classify import Classification
from extractor.columns import column_roles, note_columns
from extractor.model import DASHES, Block, BlockKind, Document, Table, owner
from extractor.nlp import legal_refs as lr
from extractor.nlp.frequency import Frequency, find_frequencies, find_frequency
from extractor.nlp.numbers import computed_result, parse_number
from extractor.nlp.substances import Substance, find_substances, match_substance


@dataclass
class Collector:
    """Items found so far; extractors append, the pipeline freezes them into an Extraction."""

    facilities: list[c.Facility] = field(default_factory=list)
    sources: list[c.Source] = field(default_factory=list)
    emissions: list[c.Emission] = field(default_factory=list)
    wastes: list[c.Waste] = field(default_factory=list)
    limits: list[c.Limit] = field(default_factory=list)
    obligations: list[c.Obligation] = field(default_factory=list)
    warnings: list[c.Warning] = field(default_factory=list)
    source_records: dict[str, Any] = field(default_factory=dict)
    """Sources being read, by number: tables (and a text dump's lost tables) add to them; the pipeline
    turns them into `sources` and monitoring obligations at the end."""
    points: list[c.Point] = field(default_factory=list)
    document_fields: dict[str, Any] = field(default_factory=dict)
    """Fields of `document` a kind's extractor reads from the text (a permit's issuer and term)."""
    table_roles: dict[int, Any] = field(default_factory=dict)
    """What each table (by index) was read as."""

    def warn(self, code: str, message: str, provenance: c.Provenance | None = None) -> None:
        self.warnings.append(c.Warning(code, message, provenance or c.Provenance()))

    def add_obligation(self, obligation: c.Obligation) -> None:
        """Obligation ids are stable within a document: `o1`, `o2`, … in document order of adding."""
        self.obligations.append(replace(obligation, id=f"o{len(self.obligations) + 1}"))


@dataclass
class Context:
    doc: Document
    classification: Classification

    @cached_property
    def table_blocks(self) -> list[int]:
        """Block index of each table, in the order of the contract's `tables` list."""
        return [i for i, b in enumerate(self.doc.blocks) if b.table is not None]

    @cached_property
    def full_text(self) -> str:
        return "\n".join(b.text for b in self.doc.blocks if b.table is None)

    @cached_property
    def aliases(self) -> dict:
        """Short names defined in the text ("(далее – Кодекс)"), resolved in every fragment."""
        return lr.find_aliases(self.full_text)

    def tables(self) -> Iterator[tuple[int, int, Table]]:
        """(table index, block index, table) for every table."""
        for ti, bi in enumerate(self.table_blocks):
            table = self.doc.blocks[bi].table
            assert table is not None
            yield ti, bi, table

    def block_provenance(self, index: int) -> c.Provenance:
        page = self.doc.blocks[index].page
        return c.Provenance(page=page, block=index, ocr_confidence=self._ocr(page))

    def row_provenance(self, table_index: int, row: int) -> c.Provenance:
        bi = self.table_blocks[table_index]
        table = self.doc.blocks[bi].table
        page = table.row_pages[row] if table and row < len(table.row_pages) else self.doc.blocks[bi].page
        return c.Provenance(page=page, table=table_index, row=row, block=bi, ocr_confidence=self._ocr(page))

    def _ocr(self, page: int | None) -> float | None:
        """The OCR confidence of a page read by OCR: what was extracted from it carries it."""
        return self.doc.metadata.ocr_pages.get(page) if page is not None else None

    def legal_refs(self, text: str) -> tuple[c.LegalRef, ...]:
        return tuple(to_contract_ref(r) for r in lr.find_legal_refs(text, aliases=self.aliases))


def to_contract_ref(ref: lr.LegalRef) -> c.LegalRef:
    return c.LegalRef(
        text=ref.text,
        act=ref.act,
        number=ref.number,
        article=ref.article,
        clause=ref.clause,
        subclause=ref.subclause,
    )


def contract_substance(s: Substance) -> c.Substance:
    """A substance of the reference lists as the contract gives it."""
    return c.Substance(code=s.code, cas=s.cas, symbol=s.symbol, name=s.name)


def substance(raw: str, medium: str | None = None) -> c.Substance:
    """The reference substance for one name, or the name alone when the list does not know it."""
    m = match_substance(raw, medium=medium)
    return c.Substance(name=clean_name(raw)) if m is None else contract_substance(m.substance)


def is_listed(s: c.Substance) -> bool:
    """Whether the reference lists the substance (a code, a symbol or a CAS number), not a name alone."""
    return bool(s.code or s.symbol or s.cas)


def substances_in(text: str, medium: str | None = None) -> list[tuple[c.Substance, str]]:
    """Every known substance in a cell or sentence, with the text it was found in."""
    out = []
    for m in find_substances(text, medium=medium):
        out.append((contract_substance(m.substance), m.raw))
    if not out and medium not in (None, "air") and len(text) <= WHOLE_NAME and (m := match_substance(text, medium=medium)) and m.score >= 100:
        out.append((contract_substance(m.substance), text))  # `Dioxin/Furan` over a well's marks: a name the air list alone knows
    return out


def air_named(text: str, found: list[tuple[c.Substance, str]], medium: str) -> list[tuple[c.Substance, str]]:
    """The items of a list in water or soil (`pH, TSS, Dioxin/Furan`) that name, whole, a substance only the air
    list knows, besides those `found` already read: what the medium's own lists would drop."""
    out = []
    for part in (p.strip() for p in re.split(r"[,;]", text or "")):
        if not part or len(part) > WHOLE_NAME or any(raw in part or part in raw for _, raw in found):
            continue
        if (m := match_substance(part, medium=medium)) is not None and m.score >= 100 and m.substance.medium == "air":
            out.append((contract_substance(m.substance), part))
    return out


WHOLE_NAME = 60
"""How long a cell may be that names one substance whole (a header, a list item)."""


def clean_name(text: str) -> str:
    return " ".join(text.split()).strip(" ;,.")


def is_blank(text: str | None) -> bool:
    """Empty, or a dash meaning "none"."""
    return text is None or bool(DASHES.match(text))


def number(text: str | None, lang: str | None = None) -> float | None:
    """The figure a cell holds, in the language's notation when given (`1.580` is 1580 in Vietnamese)."""
    if is_blank(text):
        return None
    return parse_number(computed_result(text), lang)  # `G = M·3600·10⁻⁶ = 0,2146`: the result


def frequency(text: str | None) -> Frequency | None:
    if is_blank(text):
        return None
    return find_frequency(text)


def frequencies(text: str | None) -> list[str]:
    """The parts of a cell that each give a frequency (`в сезон – ежемесячно; в межсезонье – 1 раз в
    квартал`), when two parts or more give different ones; the cell whole otherwise."""
    parts = [p.strip() for p in re.split(r"\s*[;\n]\s*", text or "") if p.strip()]
    timed = {p: f.word for p in parts if (f := frequency(p)) and f.word}
    if len(set(timed.values())) > 1:
        return list(timed)
    found = [f for f in find_frequencies(text or "") if f.word]
    if len(parts) == 1 and len({f.word for f in found}) > 1:  # `ежедневно – медсестра еженедельно – заведующий`
        starts = [f.start or 0 for f in found]
        return [text[a:b].strip(" ,;") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [text] if text else []


def cell(table: Table, row: int, col: int | None) -> str:
    """Text at (row, col) of the body, following merges up and left; '' when absent."""
    if col is None or col >= table.n_cols:
        return ""
    found = owner(table.rows, row, col)
    return found.text.strip() if found else ""


def row_title(table: Table, row: int) -> str:
    """The one text a row holds, whether merged across it or alone in one cell (`1. Очистные
    сооружения`, `Выпуск № 1`): a group title over the rows below; '' for any other row."""
    notes = note_columns(table)  # `I. Опасные отходы | … | см. приложение 3`: a remark beside a title
    texts = {t for k in range(table.n_cols) if k not in notes and not is_blank(t := cell(table, row, k))}
    if len(texts) == 2 and (section := SECTION.fullmatch(cell(table, row, 0))):
        texts.discard(section.group(0))  # `I | Производственные участки`: a section's Roman number before its title
    return texts.pop() if len(texts) == 1 else ""


SECTION = re.compile(r"[IVXLC]{1,5}\.?")
"""A section's Roman number in a row's first cell."""

BLANK_LINE = re.compile(r"_{4,}")
"""A line left to sign or fill in by hand."""


def signed_row(table: Table, row: int) -> bool:
    """A row of signatures (`Составил: инженер-эколог ________ Ахметова Д.С.`): no item of the table."""
    return any(BLANK_LINE.search(cell(table, row, k)) for k in range(table.n_cols))


def own_cell(table: Table, row: int, col: int | None) -> str:
    """Text of the cell that starts at (row, col) only — '' for positions covered by a merge."""
    if col is None or col >= table.n_cols:
        return ""
    found = table.rows[row][col]
    return found.text.strip() if found else ""


def roles(table: Table) -> dict[str, int]:
    return column_roles(table)


def caption_number(table: Table) -> int | None:
    """N of `Таблица N` / `Bảng N` / `Кесте N`."""
    m = re.match(r"\s*\S+\s*(?:№\s*)?(\d+)", table.caption or "")
    return int(m.group(1)) if m else None


def blocks_between(doc: Document, start: int, stop: int | None = None) -> Iterator[tuple[int, Block]]:
    for i in range(start, len(doc.blocks) if stop is None else stop):
        yield i, doc.blocks[i]


def is_text(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)
