"""The role of a table, from what it holds: header words, cell contents and its caption.

One recogniser for every table of every document kind. Each role collects points
from three kinds of signal, none of which decides alone:

- header words (`extractor.columns`, language data in `nlp/lang/tables_<code>.py`):
  a waste-code column, a g/s column, a ПДК column, a frequency column …;
- cell contents (`profile`): waste codes, source numbers, substances, frequencies,
  figures, units, point ids, a BIN;
- the caption and the sentence before the table (`Таблица 3. Отходы …`, `Bảng 2. Giá
  trị giới hạn …`).

The best role wins when it has enough points, else the table is `other` and no item is
made from its rows. The confidence grows with the winner's points and with its lead over
the runner-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extractor import columns as words
from extractor.columns import column_roles, holds
from extractor.context import is_blank, own_cell, row_title
from extractor.model import Table
from extractor.nlp.identifiers import find_bins
from extractor.nlp.substances import match_substance
from extractor.tables.cards import FACILITY_KEYS, card_fields, card_values, kv_has_bin, told_card
from extractor.tables.emissions import amount_rate_columns, caption_rate, column_substances, rate_columns
from extractor.tables.inspections import (
    bracketed_frequencies,
    clause_column,
    inspected_column,
    months_by_period,
    named_columns,
    posted_columns,
    titled_frequencies,
)
from extractor.tables.limit_cells import CONCENTRATION, unit_in
from extractor.tables.limit_labels import STANDARD_REF
from extractor.tables.matrix import norm_rows, substance_columns, titled_norms, under_limit
from extractor.tables.points import DESCRIBED_ID, SHORT_ID
from extractor.tables.profile import Profile, cell_text, is_substance, labelled_number, profile
from extractor.tables.records import sources_mentioned
from extractor.tables.said_norms import said_before
from extractor.tables.spread import (
    Spread,
    calendar,
    closing_frequencies,
    context_frequency,
    listed_frequencies,
    marked_frequencies,
    month_plan,
    month_rows,
    period_columns,
    spread_of,
    times_column,
)
from extractor.tables.task_columns import names_tasks, task_columns
from extractor.tables.wastes import coded_lists, streams_classed

ROLES = ("facility", "sources", "emissions", "wastes", "limits", "monitoring", "inspections", "tasks")
MIN_POINTS = 2.5
"""Fewer points than this for every role: the table is `other`."""
CONTEXT_WEIGHTS = (1.5, 1.0, 0.5)
"""Points for a role's words in the caption, in the lead-in sentence, in the nearest heading."""



@dataclass(frozen=True)
class Recognition:
    """What a table was read as."""

    role: str
    confidence: float
    reader: str | None
    """The reader that reads its rows (`facility`, `key_value`, `told`, `sources`, `counts`, `emissions`, `wastes`,
    `limits`, `monitoring`, `inspections`, `tasks`), None for `other`."""
    columns: dict[str, int] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Signals:
    """What a table says about itself: header roles, cell profile, a key–value card's fields, context words."""

    table: Table
    header: dict[str, int]
    prof: Profile
    kv: dict[str, int]
    hints: dict[str, float]
    source_col: int | None
    substance_col: int | None
    frequency_col: int | None
    context_frequency: str | None = None
    """The frequency the caption or lead-in states for the whole table (`проверяемые ежеквартально`)."""
    context_rate: str | None = None
    """`g_s` or `t_y` when the caption gives the unit of all the table's figures (`(đơn vị: g/s)`)."""
    context: tuple[str, ...] = ()
    """The caption, lead-in and heading."""

    @property
    def hint(self) -> str | None:
        return max(self.hints, key=lambda role: self.hints[role]) if self.hints else None

    @property
    def rates(self) -> int:
        return ("g_s" in self.header) + ("t_y" in self.header)

    @cached_property
    def spread(self) -> Spread | None:
        """The columns a plan is spread over (points, sources, frequencies, substances), worked out once."""
        return spread_of(self.table)

    @cached_property
    def marked(self) -> dict[int, str]:
        """Frequency columns marked `+` where they apply, worked out once."""
        return marked_frequencies(self.table, self.spread)

    @cached_property
    def months(self) -> list[int]:
        """The columns of a schedule marked by month, quarter or weekday, worked out once."""
        return calendar(self.table)[0]

    @cached_property
    def units_checked(self) -> bool:
        """`Контрольная точка (участок) | Контролируемый параметр | Ответственный` over the units of a
        plant named in words and aspects of them, no substance anywhere: a plan of checks, not of
        measurements. Asked by the monitoring and the inspection scores, worked out once."""
        col = self.header.get("point")
        return (
            col is not None
            and self.prof.columns[col].filled >= 2  # units named, not a note across an empty plan
            and self.prof.columns[col].share("points") < 0.3  # `КТ-1`, `NT1` are points
            and sum(c.substances for c in self.prof.columns) * 5 <= self.prof.rows  # `Аммиачная установка` aside
            and self.source_col is None
            and self.substance_col is None
            and not any(c.source_numbers for c in self.prof.columns)
            and not any(
                sources_mentioned(cell_text(self.table, r, col), leading=True) for r in range(len(self.table.rows))
            )  # `ИЗА 0001 – дымовая труба`: a source measured
            and bool({"substance", "subject", "responsible", "who"} & self.header.keys())
        )


Scores = dict[str, float]
Readers = dict[str, str]


def recognise(table: Table, context: tuple[str, ...] = ()) -> Recognition:
    """The role of `table`; `context` is its caption, the text just before it and the heading above it."""
    sig = signals(table, context)
    scores: Scores = {role: sig.hints.get(role, 0.0) for role in ROLES}
    readers: Readers = {}
    for add in (_facility, _sources, _wastes, _limits_and_monitoring, _inspections, _tasks):
        add(sig, scores, readers)
    return _decide(scores, readers, _columns(sig))


def signals(table: Table, context: tuple[str, ...] = ()) -> Signals:
    header = column_roles(table)
    prof = profile(table)
    source_col = header.get("source_number")
    if source_col is None:
        codes = {c.index for c in prof.columns if c.filled and c.share("substance_codes") >= 0.5}
        # the codes of substances (`0301`) look like source numbers: never the source column
        figures = {c.index for c in prof.columns if c.numbers > c.source_numbers}
        # `GWP | 4750 | 10900 | 3`: among other figures, four digits are a quantity, no source's number
        source_col = prof.best("source_numbers", 0.6, exclude=_taken(header, "source_number") | codes | figures)
    frequency_col = header.get("frequency")
    if frequency_col is None:  # a `Сроки проверок` (deadline) column that holds frequencies is one
        taken = _taken(header, "frequency") - {header.get("deadline")}
        frequency_col = _frequency_column(table, prof, taken)
    substance_col = _substance_column(header, prof, table)
    if frequency_col is None and substance_col is not None and prof.columns[substance_col].share("frequencies") >= 0.5:
        frequency_col = substance_col  # what is measured and how often in one cell
    return Signals(
        table,
        header,
        prof,
        card_fields(table),
        _hints(context),
        source_col,
        substance_col,
        frequency_col,
        context_frequency(context),
        caption_rate(context),
        context,
    )


def _frequency_column(table: Table, prof: Profile, exclude: set[int]) -> int | None:
    """The column of frequencies by its cells; of several as full, the one whose cells say least besides
    (`1 раз в неделю` over `журнал учета отходов – 1 раз в месяц`): the frequency itself, not a duty's."""
    best = prof.best("frequencies", 0.5, exclude=exclude)
    if best is None:
        return None
    top = prof.columns[best].share("frequencies")
    ties = [col.index for col in prof.columns if col.index not in exclude and col.filled and col.share("frequencies") >= top]
    texts = {k: [t for r in range(len(table.rows)) if (t := own_cell(table, r, k)) and not is_blank(t)] for k in ties}
    return min(ties, key=lambda k: (sum(map(len, texts[k])) / max(1, len(texts[k])), k))


def _facility(sig: Signals, scores: Scores, readers: Readers) -> None:
    """A row with a column per field, or a card with a field per row."""
    row_fields = len(FACILITY_KEYS & sig.header.keys())
    if {"latitude", "longitude"} <= sig.header.keys() and "coordinates" not in sig.header:
        row_fields += 1  # `Vĩ độ | Kinh độ`: the place, in two columns
    if {"name", "site"} & sig.header.keys() and "address" in sig.header and ({"latitude", "longitude"} <= sig.header.keys() or "coordinates" in sig.header):
        row_fields += 1  # `Tên trạm | Địa chỉ | Kinh độ | Vĩ độ`: named places with their addresses, a register of sites
    kv_keys = len(FACILITY_KEYS & set(sig.kv))
    if row_fields < 2 and not sig.kv and card_values(sig.table):
        scores["facility"] += 3.0  # a form's questions answered in full, the BIN and the place among the answers
        readers["facility"] = "key_value"
    elif row_fields < 2 and not sig.kv and (told := told_card(sig.table)[1]):
        scores["facility"] += 1.0 + 0.75 * told  # one facility's facts told in the cells of a list of its documents
        readers["facility"] = "told"
    elif row_fields >= kv_keys:
        scores["facility"] += min(4.0, 1.2 * row_fields)
        readers["facility"] = "facility"
    elif len(sig.kv) >= 3 and kv_keys >= 1:
        scores["facility"] += min(4.5, 1.0 * len(sig.kv) + 0.5 * kv_keys)
        readers["facility"] = "key_value"
    if "coordinates" in sig.header and holds(sig.table, sig.header["coordinates"], "coordinates"):
        scores["facility"] += 0.6  # the figures of a place, not just a column named so
    said = [sig.table.caption or "", *sig.context[:2]]  # `Оператор: ГКП «…», БИН …` over its objects
    said += [t for r in range(len(sig.table.rows)) if (t := row_title(sig.table, r))]  # `Công ty … (MST …)` over its sites
    caption_number = any(find_bins(text) or labelled_number(text) for text in said if text)
    if sig.prof.best("bins", 0.3) is not None or kv_has_bin(sig.table, sig.kv) or _enterprise_numbers(sig) or caption_number:
        scores["facility"] += 1.0
        if row_fields == 1 and "bin" in sig.header and "name" in sig.header:
            scores["facility"] += 1.2  # `Tên cơ sở | Mã số thuế`: a register of enterprises named with their numbers
    if _pays(sig.table):
        scores["facility"] = min(scores["facility"], 1.0)  # `Бенефициар | БИН бенефициара | КБК`: whom a fine is paid to
    elif _ids_first(sig.table) and not {"name", "site", "operator", "bin", "kato"} & sig.header.keys():
        scores["facility"] = min(scores["facility"], 1.0)  # `Т-1 | граница СЗЗ | 51,72° с.ш. …`: control points, no facility


def _pays(table: Table) -> bool:
    """A card of payment details: most of its labels (first column) name a beneficiary or budget codes."""
    labels = [row[0].text.strip() for row in (*table.header_rows, *table.rows) if row and row[0] is not None and row[0].text.strip()]
    pattern = words.compiled("PAYMENT_LABELS")
    return len(labels) >= 3 and sum(1 for t in labels if pattern.search(words.flat(t))) * 2 >= len(labels)


def _ids_first(table: Table) -> bool:
    """Whether the first column is short ids (`Т-1`, `Н-2`, `П-1`): a register of points, not of facilities."""
    filled = [t for r in range(len(table.rows)) if (t := own_cell(table, r, 0).strip())]
    return len(filled) >= 2 and all(SHORT_ID.match(t) for t in filled)


def _enterprise_numbers(sig: Signals) -> bool:
    """A column headed as the enterprise's number holding 10 or 13 digits (a Vietnamese mã số
    doanh nghiệp): as sure a sign of a facility row as a BIN."""
    col = sig.header.get("bin")
    if col is None:
        return False
    values = [cell_text(sig.table, r, col).replace(" ", "") for r in range(min(len(sig.table.rows), 5))]
    return any(re.fullmatch(r"\d{10}(?:-?\d{3})?", v) for v in values)


def _sources(sig: Signals, scores: Scores, readers: Readers) -> None:
    """Source numbers make a table of sources; with rates it lists emissions, with a frequency it plans
    monitoring; without source numbers, rates and substances make an emission table."""
    header = sig.header
    if sig.source_col is not None:
        scores["sources"] += 3.0 if "source_number" in header else 2.0
    if counts_table(sig.table):
        scores["sources"] += 3.5
        readers["sources"] = "counts"
    elif sig.source_col is not None:
        readers["sources"] = "sources"
        by_amount = sig.substance_col is not None and amount_rate_columns(
            sig.table, {"substance": sig.substance_col, "source_number": sig.source_col}, sig.context
        )
        if sig.rates or by_amount:
            scores["emissions"] = scores["sources"] + 1.0 + (sig.rates or 1)
            readers["emissions"] = "sources"
            if sig.frequency_col is not None:  # rates as norms, checked at a frequency: a control plan
                scores["monitoring"] = scores["emissions"] + 0.5
                readers["monitoring"] = "sources"
        elif sig.frequency_col is not None or (sig.substance_col is not None and "per_year" in header):
            # (`Кратность контроля, раз в год | 4`: how often, as a count a year)
            scores["monitoring"] = scores["sources"] + 1.0 + (sig.hint == "monitoring")
            readers["monitoring"] = "monitoring" if _points_among_sources(sig) else "sources"
        elif sig.substance_col is not None and sig.months:
            scores["monitoring"] = scores["sources"] + 1.0  # `№ ИЗА | Вещества | I | II | III | IV` marked `+`: when each is measured
            readers["monitoring"] = "source_plan"
    elif (
        sig.rates
        or (sig.context_rate and sig.substance_col is not None and sig.prof.count("numbers", 0.6))
        or (sig.substance_col is not None and amount_rate_columns(sig.table, {"substance": sig.substance_col}, sig.context))
    ) and not _water_parameters(sig):  # `ХПК | Нитраты | … | т/год`: a discharge's norms, not emissions to air
        across = sig.substance_col is None and any(column_substances(sig.table, rate_columns(sig.table)))
        if sig.substance_col is None and not across and not _names_any_substance(sig):
            return  # `Өнім | Жүк айналымы, мың т/жыл`: tonnes of cargo a year, and no cell names a substance
        scores["emissions"] += 1.5 * (sig.rates or 2) + (1.0 if sig.substance_col is not None else 0.0)
        scores["emissions"] += 0.5 if "hazard_class" in header else 0.0
        if across:
            scores["emissions"] += 1.5  # `Выброс, т/год: SO2 | NO2 | CO` with a row per enterprise or year
        readers["emissions"] = "emissions"


def _names_any_substance(sig: Signals) -> bool:
    """Whether a cell or a title row of the table (`1. Hydro sunfua (H2S)` over its sources) names a substance."""
    if any(col.substances for col in sig.prof.columns):
        return True
    return any((title := row_title(sig.table, r)) and is_substance(title) for r in range(len(sig.table.rows)))


WATER_SAMPLE = 30
"""How many rows are looked at to tell water parameters from air pollutants."""


def _water_parameters(sig: Signals) -> bool:
    """Whether the substance column names parameters of water (`ХПК`, `Нитраты`, `BOD5`) more than air
    pollutants: t/y beside them is a discharge, not an emission."""
    col = sig.substance_col
    if col is None:
        return False
    air = water = 0
    for row in range(min(len(sig.table.rows), WATER_SAMPLE)):
        text = cell_text(sig.table, row, col)
        if not text or len(text) > 80:
            continue
        if (a := match_substance(text, medium="air")) is not None and a.score >= 88:
            air += 1
        elif (w := match_substance(text, medium="water")) is not None and w.score >= 88:
            water += 1
    return water >= 2 and water > air


def _wastes(sig: Signals, scores: Scores, readers: Readers) -> None:
    header = sig.header
    if {"waste_code", "waste_name"} & header.keys():
        scores["wastes"] += 3.0
    elif sig.prof.best("waste_codes", 0.5) is not None:
        scores["wastes"] += 2.5
    elif "amount" in header and streams_classed(sig.table, set(header.values())):
        scores["wastes"] += 3.0  # a balance whose `Phân loại` column says which streams are wastes
    elif coded_lists(sig.table):
        scores["wastes"] += 3.0  # `20 03 01 – … – 29,1 т/год ⏎ 20 01 08 – …` listed in the places' cells
    if scores["wastes"] or sig.hint == "wastes":
        scores["wastes"] += 0.5 if ("amount" in header or "operation" in header) else 0.0
        readers["wastes"] = "wastes"
    if sig.hint == "wastes" and ("amount" in header or "t_y" in header) and sig.source_col is None:
        scores["wastes"] += 1.0
    if "price" in header and not {"amount", "waste_code", "t_y", "operation"} & header.keys():
        scores["wastes"] = 0.0  # `Вид отходов | Единица | Тариф, тенге`: what a reception costs, no wastes of the site
    elif scores["wastes"] and not {"amount", "waste_code", "t_y", "operation", "hazard_class", "unit"} & header.keys() and not (
        sig.prof.best("waste_codes", 0.5) is not None or coded_lists(sig.table) or sig.prof.count("numbers")
    ):
        scores["wastes"] = 0.0  # `Контрагент | Договор | Вид отходов`: kinds of waste named, nothing said of any of them


def _limits_and_monitoring(sig: Signals, scores: Scores, readers: Readers) -> None:
    """Substances with limit figures make a limit table; substances at points and a frequency, a plan."""
    header, prof = sig.header, sig.prof
    limit_cols = [k for k in words.columns_of(sig.table, "limit") if prof.columns[k].filled == 0 or _has_figures(sig.table, k)]
    has_substances = sig.substance_col is not None
    if limit_cols:
        scores["limits"] += 2.0 + (0.5 if len(limit_cols) > 1 else 0.0)
    if "measured" in header:
        scores["limits"] += 1.0
    if has_substances and prof.count("numbers", 0.6) >= 1 and sig.source_col is None:
        scores["limits"] += 1.0
    if "unit" in header or prof.best("units", 0.6) is not None:
        scores["limits"] += 0.5
    if has_substances:
        scores["limits"] += 0.5
        scores["monitoring"] += 1.0
    if "point" in header or prof.best("points", 0.5) is not None:
        scores["monitoring"] += 1.5
    if sig.frequency_col is not None and sig.source_col is None:
        scores["monitoring"] += 2.0
        scores["limits"] -= 1.0
    elif has_substances and sig.source_col is None and not limit_cols and sig.months:
        scores["monitoring"] += 2.0  # what is measured, marked in the months it is sampled: a plan
    elif has_substances and not limit_cols and titled_frequencies(sig.table) >= 2:
        scores["monitoring"] += 2.0  # `Ежеквартально` across the table over what is measured then
    elif has_substances and not limit_cols and len(set(closing_frequencies(sig.table).values())) >= 2:
        scores["monitoring"] += 2.0  # blocks of what is measured, each closed by its frequency
    if not has_substances and sig.frequency_col is None:
        scores["monitoring"] = min(scores["monitoring"], 1.0)
    if has_substances and sig.frequency_col is None and _concentrations_by_source(sig):
        scores["limits"] += 3.0  # `Показатель | Ед. изм. (мг/нм³) | ИЗА 0001 | ИЗА 0002`: a concentration per source
    if sig.spread is not None and not sig.marked:
        scores["monitoring"] += 3.0  # a column per control point or per frequency
    if limit_cols and sig.frequency_col is None:
        scores["monitoring"] -= 1.0  # limits and no frequency: what is allowed, not a plan of when to measure
    measured = has_substances or "point" in header or prof.best("points", 0.5) is not None
    if sig.units_checked:
        measured = False  # units named in words and aspects checked there, nothing measured
    if not measured and sig.source_col is None and sig.spread is None:
        scores["monitoring"] = min(scores["monitoring"], 2.0)  # a schedule of nothing measured is no plan
    timed = (
        sig.frequency_col is not None
        or sig.context_frequency
        or sig.spread is not None
        or sig.months
        or sig.marked
        or "per_year" in header
        or sig.hint == "monitoring"
        or titled_frequencies(sig.table) >= 1
        or bool(closing_frequencies(sig.table))
    )
    if not timed and not limit_cols:
        scores["monitoring"] -= 1.0  # substances at places, no word of when: a list of what is kept where, no plan
    if said_before(sig.table, sig.context):
        scores["limits"] += 3.0  # results at `Т-1 | Т-2` against the norm the sentence before states
    if any(words.compiled("PRODUCT_CAPTIONS").search(words.flat(t)) for t in sig.context[:2] if t):  # a caption, or a title line
        scores["limits"] -= 4.0  # `Характеристика выпускаемой продукции`, `… пропиточного масла`: grades of a product or a material, no norm of the environment
    if titled_norms(sig.table):
        scores["limits"] += 3.0  # `Сера диоксид, ПДК м.р. = 0,5` over the points measured against it
    by_column = substance_columns(sig.table) or substance_columns(sig.table, "water")
    if by_column and (norm_rows(sig.table, by_column) or under_limit(sig.table, by_column)):
        scores["limits"] += 3.5  # a column per substance under a limit's name, or the norm in a row of its own
    measured_beside = [
        k for k, parts in enumerate(sig.table.header_parts)
        if k not in limit_cols and parts and unit_in(parts[-1]) in CONCENTRATION and _has_figures(sig.table, k)
    ]
    if limit_cols and "measured" not in header and measured_beside:
        scores["limits"] += 0.5  # `Норматив, мг/Нм3 | I полугодие: концентрация, мг/Нм3`: results against the norm
    if sig.source_col is not None and limit_cols and "measured" in header:
        scores["limits"] += 0.5  # `№ ИЗА | … | Фактическая концентрация | Норматив`: measured against norms
        readers["limits"] = "sources" if len(limit_cols) == 1 else "limits"  # at sources: their records are read too
    elif sig.source_col is not None and has_substances and limit_cols and not sig.rates and sig.frequency_col is None:
        scores["limits"] += 1.0  # `№ источника | Код ЗВ | Технологический норматив, мг/Нм3`: norms at sources
        readers["limits"] = "sources" if len(limit_cols) == 1 else "limits"  # several norms: the limit reader's
    if sig.spread is not None and (sig.spread.kind == "sources" or sig.spread.sources):
        readers["monitoring"] = "monitoring"  # a column per source, marked: the plan reader, not the records'
    if month_plan(sig.table) is not None:
        scores["monitoring"] += 4.0  # months down the rows, the points sampled in each under what is measured
        readers["monitoring"] = "month_plan"
    elif period_columns(sig.table):
        readers["monitoring"] = "period_plan"  # quarters across, what is sampled in each listed under them
    readers.setdefault("limits", "limits")
    readers.setdefault("monitoring", "monitoring")


def _inspections(sig: Signals, scores: Scores, readers: Readers) -> None:
    """Units of the enterprise and a frequency, no substances or sources; words of checking in the
    header or the cells (`Bộ phận được kiểm tra`, `Внутренняя проверка`) make it sure. The frequency
    is a column, months or frequencies marked (`ежемесячно | ежеквартально` with `+`), or the
    caption's (`Подразделения, проверяемые ежеквартально`)."""
    marked = sig.marked
    listed = listed_frequencies(sig.table)
    in_context = sig.context_frequency and _says_inspection(sig.table)
    titled = titled_frequencies(sig.table) >= 2 or month_rows(sig.table) is not None
    by_day = bool(sig.months)
    if not by_day and _says_inspection(sig.table, sig.context):  # counts a year, months or days listed per unit
        by_day = "per_year" in sig.header or times_column(sig.table, named_columns(sig.header)) is not None
    if sig.source_col is not None and not ("subject" in sig.header and _says_inspection(sig.table)):
        return  # sources are measured, not checked (but `Наименование ГОУ (ИЗА 0002) | Что проверяется`: a
        # source's gas cleaning, the things checked on it named)
    if posted_columns(sig.table, sig.header):
        scores["inspections"] += 5.0  # `Объект | I ступень – мастер смены | II ступень – …` over how often: who checks what
        readers["inspections"] = "inspections"
        return
    clauses = sig.substance_col is None and clause_column(sig.table) is not None
    says = _says_inspection(sig.table, sig.context) or clauses
    dated = says and "deadline" in sig.header and bool({"site", "subject", "operator", "bin"} & sig.header.keys())
    bracketed = any(bracketed_frequencies(sig.table, sig.header.get(k)) for k in ("site", "name"))
    by_period = bool(months_by_period(sig.table))  # `I квартал | II квартал` over `февраль | май`: the months of the checks
    scheduled = clauses or sig.frequency_col is not None or by_day or marked or listed or in_context or titled or dated or bracketed or by_period
    # `Химическая продукция | Что проверяется | Проверяющий`: what is stored where, and what is checked there
    stored = "subject" in sig.header and sig.substance_col != sig.header["subject"] and _says_inspection(sig.table)
    if not scheduled or (sig.substance_col not in (None, *listed) and not stored):
        return  # (a unit listed under a frequency may be named after a substance: `Склад серной кислоты`)
    if {"site", "name", "subject"} & sig.header.keys() or sig.units_checked or dated:
        # `Контрольная точка (участок) | Контролируемый параметр` over units and aspects, no substances
        scores["inspections"] += 2.5 + (0.5 if "subject" in sig.header else 0.0) + (1.0 if "subject" in sig.header and says else 0.0)
    elif says and inspected_column(sig.table, sig.header) is not None:
        scores["inspections"] += 1.0  # `Участник | … | Периодичность обследования`: who is checked, unnamed
    if says:
        scores["inspections"] += 1.5
    if (
        "site" in sig.header
        and not {"bin", "category"} & sig.header.keys()  # (with their numbers and categories: a register of facilities)
        and words.compiled("INSPECTION_WORDS").search(words.flat(sig.table.header[sig.header["site"]]))
    ):
        scores["inspections"] += 1.0  # `Đối tượng thanh tra, kiểm tra`, `Объект проверки`: the units listed are the ones checked
    several = words.columns_of(sig.table, "frequency")
    if says and len(several) > 1 and not marked:
        scores["inspections"] += 1.5  # a frequency column per thing checked (`Tần suất kiểm tra theo nội dung: …`)
    if (titled or by_day) and {"site", "name"} & sig.header.keys():
        scores["inspections"] += 1.0  # frequencies over their units, units by month, months marked: a plan of checks
    if clauses:
        scores["inspections"] += 2.0  # `6.1 | Мастер участка ежедневно осматривает …`: clauses of checks
    if marked or listed:
        scores["inspections"] += 3.0  # what a plan spread over frequency columns earns, with marks or names not substances
    readers["inspections"] = "inspections"


def _says_inspection(table: Table, context: tuple[str, ...] = ()) -> bool:
    """The header, a cell of the first column, or the caption speaks of checking (`проверк`, `тексер`,
    `kiểm tra`)."""
    pattern = words.compiled("INSPECTION_WORDS")
    texts = [*table.header, *(cell_text(table, r, 0) for r in range(min(len(table.rows), 3))), *context[:1]]
    return any(pattern.search(words.flat(t)) for t in texts if t)


def _tasks(sig: Signals, scores: Scores, readers: Readers) -> None:
    header = sig.header if sig.substance_col is not None else {k: v for k, v in sig.header.items() if k != "substance"}
    scores["tasks"] += _task_points(sig.table, header)  # `Mục tiêu | Chỉ tiêu` of a plan: targets, no substances
    if sig.context and words.compiled("LOG_CAPTIONS").search(words.flat(sig.context[0])):
        scores["tasks"] -= 2.0  # `Учет технического обслуживания и ремонтов`: works done, none to do
    readers["tasks"] = "tasks"


def _columns(sig: Signals) -> dict[str, int]:
    """The header's columns, with those the cells found where the header is silent."""
    columns = dict(sig.header)
    found = (
        ("source_number", sig.source_col),
        ("substance", sig.substance_col),
        ("frequency", sig.frequency_col),
    )
    for role, col in found:
        if col is not None and (role not in columns or (role == "substance" and col not in columns.values())):
            columns[role] = col
    if columns.get("point") is not None and columns.get("point") == columns.get("substance"):
        del columns["point"]  # `Точка, загрязняющее вещество`: substances under their points' titles
    if "point" not in columns and _points_among_sources(sig):
        columns["point"] = sig.source_col  # `№ ИЗА (точки) | 0002 | … | Т-1`: where, a source or a point
    site = columns.get("site")
    if "point" not in columns and site is not None and sig.substance_col is not None and _ids_lead(sig.table, site):
        columns["point"] = site  # `Объект контроля | ИЗА № 0001 – труба; ОВ-1 – выпуск`: what is measured where
    for role, kind in (("point", "points"), ("unit", "units")):
        # `Пробная площадка | ПП-1`: a site column whose cells are point ids is the point column.
        free = set(columns.values()) - (
            {columns.get("site"), columns.get("name")} if role == "point" else set()
        )
        if role not in columns and (col := sig.prof.best(kind, 0.6, exclude=free)) is not None:
            columns[role] = col
    return columns


def _points_among_sources(sig: Signals) -> bool:
    """A column of source numbers that lists control points too (`№ ИЗА (точки) | 0002 | 6001 | Т-1`)."""
    col = sig.source_col
    return col is not None and sig.prof.columns[col].points >= 1


def _decide(scores: dict[str, float], readers: dict[str, str], header: dict[str, int]) -> Recognition:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, points), (_, second) = ranked[0], ranked[1]
    rounded = {k: round(v, 2) for k, v in scores.items() if v > 0}
    if points < MIN_POINTS or best not in readers:
        return Recognition(
            "other", round(1.0 - min(1.0, max(points, 0.0) / MIN_POINTS) * 0.5, 2), None, header, rounded
        )
    lead = (points - max(second, 0.0)) / points
    confidence = min(1.0, points / 5.0) * (0.5 + 0.5 * lead)
    return Recognition(best, round(confidence, 2), readers[best], header, rounded)


def _concentrations_by_source(sig: Signals) -> bool:
    """Two columns or more each headed by one source (`Печь № 1 | ИЗА 0001`), figures under them, and the
    rows' unit a concentration, in a unit column or the header: norms or results at the stacks, no inventory."""
    table = sig.table
    by_source = [
        k for k, parts in enumerate(table.header_parts)
        if parts and len(sources_mentioned(parts[-1], leading=True)) == 1 and _has_figures(table, k)
    ]
    if len(by_source) < 2:
        return False
    units = [cell_text(table, r, sig.header["unit"]) for r in range(len(table.rows))] if "unit" in sig.header else []
    units += [table.header_parts[k][-1] for k in by_source]
    return any(unit_in(u) in CONCENTRATION for u in units if u)


def _hints(context: tuple[str, ...]) -> dict[str, float]:
    """Points per role whose words the caption, lead-in or heading use (the best place counts once)."""
    out: dict[str, float] = {}
    for text, weight in zip(context, CONTEXT_WEIGHTS, strict=False):
        low = words.flat(text)
        for role, pattern in words.compiled_labels("ROLE_WORDS"):
            if low and pattern.search(low):
                out[role] = max(out.get(role, 0.0), weight)
    return out


def _taken(header: dict[str, int], role: str) -> set[int]:
    return {col for r, col in header.items() if r != role}


def _checked_not_measured(table: Table, header: dict[str, int], prof: Profile, col: int) -> bool:
    """A header that speaks of checking over things named by rows, with no point or source and a column
    of what is checked that names substances in half of its cells or fewer: a plan of checks (of
    vehicles' smoke, of equipment), not of measurements at points."""
    if header.keys() & {"point", "source_number", "limit", "measured"} or prof.best("points", 0.5) is not None:
        return False
    pattern = words.compiled("INSPECTION_WORDS")
    says = any(pattern.search(words.flat(t)) for t in table.header if t)
    return says and prof.columns[col].share("substances") <= 0.5


def _substance_column(header: dict[str, int], prof: Profile, table: Table) -> int | None:
    """The column of substances: by its header when its cells name substances or nothing else, else by content."""
    col = header.get("substance")
    both = header.get("frequency")
    if col is None and both is not None and _names_substances(table.header[both]) and _lists_substances(table, both):
        return both  # `Показатели и периодичность`: `Нитриты, Нитраты – ежеквартально; …` in one cell
    if col is not None and prof.columns[col].share("frequencies") >= 0.5 and _lists_substances(table, col):
        return col  # `Азота диоксид, Сера диоксид – 1 раз в квартал; Пыль – 2 раза в год`: what and how often
    if col is not None and _checked_not_measured(table, header, prof, col):
        return None  # `Контролируемый показатель | … | Кто проверяет`: `дымность`, now and then `CO, CH`
    if col is not None and (prof.columns[col].share("substances") >= 0.3 or prof.columns[col].filled == 0):
        rival = prof.best("substances", 0.6, exclude=set(header.values()) - {header.get("name")})
        if rival is not None and prof.columns[rival].share("substances") >= prof.columns[col].share("substances") + 0.3:
            return rival  # `Компонент среды | … | Определяемые показатели`: the media, then the substances
        return col
    # A generic name header (`Наименование показателя`) may head substances; a specific one may not.
    named = {header.get("name"), header.get("source_name")}
    named |= {k for k in header.values() if k < len(table.header) and _names_substances(table.header[k])}  # `Точка, загрязняющее вещество`
    found = prof.best("substances", 0.5, exclude=_taken(header, "substance") - named)
    if found is not None and not _checked_not_measured(table, header, prof, found):
        return found  # (`Hạng mục | Tiêu chí | … | Người kiểm tra`: `pH đầu ra 6,5 – 8,5` now and then, a check)
    kept = col is not None and (prof.columns[col].substances >= 2 or prof.columns[col].share("substances") >= 0.3)
    return col if kept else None  # `Chỉ tiêu | Đơn vị | Giá trị` of a fuel's moisture and ash: no substances


def _names_substances(header: str) -> bool:
    """A header one of whose parts names what is measured (`Показатели и периодичность`)."""
    return "substance" in {words.role_of(p) for p in words.label_parts(header)}


def _ids_lead(table: Table, col: int) -> bool:
    """Most filled cells of a column start with a point's id and what it is, or name a source."""
    filled = [t for r in range(len(table.rows)) if not is_blank(t := own_cell(table, r, col))]
    led = [t for t in filled if DESCRIBED_ID.match(t) or sources_mentioned(t, leading=True)]
    return len(filled) >= 2 and len(led) * 2 > len(filled)


def _has_figures(table: Table, col: int) -> bool:
    """Whether a column's cells hold a figure anywhere (`QCVN 40:2011/BTNMT, cột B` alone names a
    standard to compare with, no limit)."""
    return any(
        re.search(r"\d", STANDARD_REF.sub("", cell_text(table, r, col)))
        for r in range(len(table.rows))
    )


def _lists_substances(table: Table, col: int) -> bool:
    """Half the column's filled cells name substances (among their frequencies)."""
    filled = [t for r in range(len(table.rows)) if not is_blank(t := cell_text(table, r, col))]
    return bool(filled) and sum(1 for t in filled if is_substance(t)) * 2 >= len(filled)


def counts_table(table: Table) -> bool:
    """The table of source counts (`Наименование показателей | Всего`)."""
    header = words.flat(" ".join(table.header))
    return any(all(re.search(p, header) for p in pair) for pair in words.words("COUNT_TABLE_WORDS"))


def _task_points(table: Table, header: dict[str, int]) -> float:
    cols = task_columns(table)
    if cols is None:
        return 0.0
    points = 2.0 if cols.deadline is not None else 1.0
    points += 1.0 if cols.actor is not None else 0.0
    points += 1.0 if names_tasks(table, cols) else 0.0
    if cols.deadline is None and "frequency" in header:
        points -= 1.0  # how often, never by when: a plan of checks or measurements, not of tasks
    if (held := {"substance", "waste_code", "waste_name", "source_number", "g_s", "limit"} & header.keys()):
        # what a plan's works are about (`Thông số | Bụi, Pb`) beside their deadline and who does them weighs less
        points -= 1.0 if held == {"substance"} and cols.deadline is not None and cols.actor is not None else 2.0
    return points
