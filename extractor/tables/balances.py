"""A solvent or material balance: per substance, what comes in and where it goes out (`Выход, т/год`
over `O1 – с отходящими газами через ИЗА 0005 | O2 – со сточными водами | O5 – разложено в
окислителе | …`). Only the streams that leave into the air are emissions; the others (to water,
destroyed, to waste, recovered) and the input are not. The streams to the air become rows of a list
of emissions, at the source a stream's header names.
"""

from __future__ import annotations

from extractor import columns as words
from extractor.context import is_blank
from extractor.model import Cell, Table
from extractor.nlp.identifiers import find_source_numbers
from extractor.tables.emissions import G_S_WORD, T_Y_WORD, is_total
from extractor.tables.forms import reshaped_as

KEY_ROLES = ("substance", "substance_code", "hazard_class", "name")


def balance_to_air(table: Table) -> Table | None:
    """The streams of a balance that go into the air, a row per substance and stream, under
    `№ ИЗА | <the substance columns> | т/год` (or `г/с`); None when no rate heads two streams or
    more, or none or all of them go into the air."""
    parts = table.header_parts
    air = words.compiled("AIR_STREAM_WORDS")
    streams: dict[str, list[int]] = {}
    for k in range(table.n_cols):
        if len(parts[k]) < 2 or is_total(parts[k][-1]):
            continue
        over = " ".join(parts[k][:-1])
        rate = "т/год" if T_Y_WORD.search(over) else "г/с" if G_S_WORD.search(over) else None
        if rate:
            streams.setdefault(f"{rate}\n{over}", []).append(k)
    for key, cols in streams.items():
        to_air = [k for k in cols if air.search(words.flat(parts[k][-1]))]
        if len(cols) < 2 or not to_air or len(to_air) == len(cols):
            continue
        keys = [k for k in range(table.n_cols) if k not in cols and words.role_of(table.header[k]) in KEY_ROLES]
        if not any(words.role_of(table.header[k]) in ("substance", "substance_code") for k in keys):
            continue
        numbers = {k: (found[0].number if len(found := find_source_numbers(parts[k][-1])) == 1 else "") for k in to_air}
        numbered = any(numbers.values())
        head = (*((Cell("№ ИЗА"),) if numbered else ()), *(Cell(table.header[k]) for k in keys), Cell(key.split("\n")[0]))
        rows = []
        for row in table.rows:
            texts = [row[k].text if row[k] is not None else "" for k in range(table.n_cols)]
            if not texts or is_total(texts[0]) or all(is_blank(texts[k]) for k in keys):
                continue
            for k in to_air:
                if not is_blank(texts[k]) and texts[k].strip() not in "-–—":
                    where = (Cell(numbers[k]),) if numbered else ()
                    rows.append((*where, *(Cell(texts[j]) for j in keys), Cell(texts[k])))
        return reshaped_as(table, head, tuple(rows)) if rows else None
    return None
