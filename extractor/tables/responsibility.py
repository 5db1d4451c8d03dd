"""Responsibility matrices: a column per person or body, a letter in each row saying their part in it.

`Объект | Периодичность | Начальник цеха | Мастер смены | Механик` over `… | ежедневно | И | О | У`, with
`О – организует и проводит проверку; У – участвует; И – информируется` under the table (`C – chủ trì; P –
phối hợp`). Who does the row's check or task is the column marked with the letter whose meaning leads
(LEAD_PARTY_WORDS), the others marked after it but those only told (INFORMED_PARTY_WORDS); the matrix becomes one column of those, headed as a
who-column in the table's language.
"""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor.context import is_blank, own_cell
from extractor.model import Cell, Table
from extractor.nlp import language

MIN_PARTIES = 2
KEY_CHARS = 2


def lead_keys(legend: dict[str, str]) -> set[str]:
    """The legend's letters whose meaning is to do the work (`О – организует и проводит`), not to take part or be told."""
    lead = words.compiled("LEAD_PARTY_WORDS")
    return {key for key, meaning in legend.items() if len(key) <= KEY_CHARS and lead.search(words.flat(meaning))}


def party_columns(table: Table, legend: dict[str, str]) -> list[int]:
    """Columns whose filled cells are all the legend's short letters, two at least across the table."""
    out = []
    for k in range(table.n_cols):
        filled = [t for r in range(len(table.rows)) if not is_blank(t := own_cell(table, r, k))]
        if filled and all(len(t) <= KEY_CHARS and t in legend for t in filled):
            out.append(k)
    return out if len(out) >= MIN_PARTIES else []


def with_lead_party(table: Table, legend: dict[str, str]) -> Table:
    """The table with its columns of parties replaced by one column naming, per row, the party marked to
    lead and after it the others marked (`Цех сушки, Отдел экологии`); unchanged when it has no such matrix or
    the legend names no leading part."""
    keys = lead_keys(legend)
    parties = party_columns(table, legend) if keys else []
    if not parties:
        return table
    lang = language.detect(" ".join(table.header)) or "ru"
    head = words.phrase(lang, "LEAD_PARTY_HEADER", "Кто проводит")
    kept = [k for k in range(table.n_cols) if k not in parties]
    header = tuple(Cell(t) for t in (*(table.header[k] for k in kept), head))
    rows = []
    told = {key for key, meaning in legend.items() if words.compiled("INFORMED_PARTY_WORDS").search(words.flat(meaning))}
    names = {k: (table.header_parts[k][-1] if table.header_parts[k] else table.header[k]) for k in parties}
    for r in range(len(table.rows)):
        marks = {k: own_cell(table, r, k) for k in parties}
        leads = [names[k] for k in parties if marks[k] in keys]
        others = [names[k] for k in parties if marks[k] and marks[k] not in keys | told]
        own = [own_cell(table, r, k) if table.rows[r][k] is not None else "" for k in kept]
        rows.append(tuple(Cell(t) for t in (*own, ", ".join(leads + others) if leads else "")))
    return replace(table, n_cols=len(header), header_rows=(header,), rows=tuple(rows))
