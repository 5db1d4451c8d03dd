"""Recognise and read every table of a document, one table's failure never sinking the rest."""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor.context import Collector, Context, is_text
from extractor.model import (
    BlockKind,
    Table,
    blank_rows_dropped,
    column_numbers_dropped,
    footnote_marks_dropped,
    repeated_numbers_merged,
)
from extractor.tables import (
    emissions,
    facility,
    inspections,
    limit_labels,
    limits,
    matrix,
    monitoring,
    month_plans,
    sources,
    tasks,
    wastes,
)
from extractor.tables.amended import in_force
from extractor.tables.balances import balance_to_air
from extractor.tables.blanks import blanks_filled
from extractor.tables.boards import period_board
from extractor.tables.boxes import choices_made
from extractor.tables.commitments import commitments
from extractor.tables.crossed import blocked_emissions, listed_emissions, totalled_emissions, turned_emissions
from extractor.tables.ditto import without_dittos
from extractor.tables.duty_lines import duty_lines
from extractor.tables.fields import (
    MIN_SYMBOLS,
    field_descriptions,
    symbol_descriptions,
    with_described_fields,
)
from extractor.tables.forms import (
    card_over_table,
    name_limit_split,
    paired_lines,
    rate_sheet,
    stacked_records,
    titled_records,
    waste_columns_folded,
)
from extractor.tables.groups import group_notes, with_groups
from extractor.tables.intervals import interval_plan
from extractor.tables.keyed import (
    cited_legend,
    code_registers,
    explained_codes,
    keyed_legends,
    point_groups,
    with_cited_rows,
    with_explained_codes,
    with_point_groups,
)
from extractor.tables.kind_rows import kind_rows_folded
from extractor.tables.lined_pairs import lined_pairs_split
from extractor.tables.marks import mark_frequencies, ticked_columns, ticked_substances, with_marks
from extractor.tables.paired_cells import fraction_split, pairs_split
from extractor.tables.period_cells import period_cells
from extractor.tables.referred import resolve_referred
from extractor.tables.responsibility import with_lead_party
from extractor.tables.restarts import header_restarts
from extractor.tables.roles import Recognition, recognise
from extractor.tables.round_lists import substances_by_round
from extractor.tables.said_norms import read_said_norm
from extractor.tables.sets import with_sets
from extractor.tables.substance_titles import substance_headed, substance_titled
from extractor.tables.transpose import (
    banded_card,
    form_card,
    headerless_card,
    legend_of,
    mixed_card,
    side_by_side_unfolded,
    sideways,
    source_columns_folded,
    titled_card,
    transposed,
    unit_row_raised,
    unit_rows_folded,
    with_legend,
)
from extractor.tables.unit_pairs import unit_pairs_split
from extractor.tables.waste_totals import calculated_wastes, totalled_waste
from extractor.tables.weighed import weighed_wastes
from extractor.tables.zones import blocks_stacked

LEAD_IN_CHARS = 300
SHORT_LINE = 40
"""How much of the text right before a table is read as its lead-in (`Выбросы в период строительства:`)."""


def table_context(ctx: Context, block: int, table: Table) -> tuple[str, str, str]:
    """(caption, lead-in, nearest heading above): what a table and the text around it say about it."""
    blocks = ctx.doc.blocks
    lead_in = ""
    for i in range(block - 1, max(-1, block - 4), -1):
        b = blocks[i]
        if b.table is not None:
            break
        if is_text(b) and b.text.strip():
            if i > 0 and blocks[i - 1].table is not None and words.compiled("NOTE_WORDS").search(words.flat(b.text)):
                break  # `Ghi chú: …` under the table above speaks of that one
            if lead_in and i > 0 and blocks[i - 1].table is not None:
                break  # a title line of its own (`Danh mục máy móc`), and above it the close of the table before
            lead_in = f"{b.text} {lead_in}".strip()[-LEAD_IN_CHARS:]
            if len(lead_in) > SHORT_LINE:  # `Đơn vị: mg/l (trừ pH)` alone says too little: read on
                break
    heading = next(
        (blocks[i].text for i in range(block - 1, -1, -1) if blocks[i].kind == BlockKind.HEADING), ""
    ) or _title_line(blocks, block)
    return table.caption or "", lead_in, heading[:LEAD_IN_CHARS]


TITLE_CHARS = 80


LETTER_PARAGRAPHS = 6
"""How far above a list of sites a letter or report names the one enterprise they all belong to (`ТОО «…» (БИН …)
сообщает …`, `CÔNG TY … – Mã số doanh nghiệp: …` over the title and the lead-in)."""


def _before(ctx: Context, block: int, paragraphs: int = 3) -> str:
    """The whole text of the paragraphs right before a table (up to three), where an act names the place it
    sampled (`Место отбора: колодец присоединения КК-13 …`) however long the paragraph runs."""
    blocks = ctx.doc.blocks
    out: list[str] = []
    for b in reversed(blocks[max(0, block - paragraphs) : block]):
        if b.table is not None:
            break
        if is_text(b):
            out.insert(0, b.text)
    return " ".join(out)


def _after(ctx: Context, block: int, chars: int = LEAD_IN_CHARS) -> str:
    """The text right after a table, where a legend of its codes stands."""
    blocks = ctx.doc.blocks
    out = []
    for b in blocks[block + 1 : block + 3]:
        if b.table is not None:
            break
        if is_text(b):
            out.append(b.text)
    return " ".join(out)[:chars]


LEGEND_CHARS = 1500
"""How much text under a table a legend of its symbols may take (`где: qᵢ – …; Mᵢ – …; Gᵢ – …`)."""

CARD_ROWS = 12


def _card_before(ctx: Context, block: int) -> str:
    """The text of a short two-column card just above the table (`Объект испытаний | сточная вода`),
    where a protocol says what was sampled; '' when there is none."""
    for b in ctx.doc.blocks[max(0, block - 3) : block][::-1]:
        if b.table is not None:
            t = b.table
            if t.n_cols == 2 and len(t.rows) <= CARD_ROWS:
                return " ".join(c.text for row in (*t.header_rows, *t.rows) for c in row if c is not None)[:LEAD_IN_CHARS]
            return ""
    return ""


def _title_line(blocks, block: int) -> str:
    """A text file has no headings: a short line without a full stop, a few lines above the table,
    stands for one (`a) Giai đoạn thi công xây dựng`)."""
    for i in range(block - 1, max(-1, block - 5), -1):
        b = blocks[i]
        if b.table is not None:
            break
        text = b.text.strip() if is_text(b) else ""
        if text and len(text) <= TITLE_CHARS and not text.endswith((".", ":", ";", ",")):
            return text
    return ""


def read_tables(ctx: Context, out: Collector) -> None:
    """Recognise every table and read it with its role's reader."""
    legends = document_legend(ctx)
    tables = [(ti, bi, tidied(t)) for ti, bi, t in ctx.tables()]
    raw = [t for _, _, t in tables]
    codes = explained_codes(raw)
    groups = point_groups(raw)
    fields = field_descriptions(raw)
    keyed = keyed_legends(raw)
    cites = {ti: found for ti, t in enumerate(raw) if (found := cited_legend(t, ti, keyed)) is not None}
    cited = {legend.index for _, legend in cites.values()} | code_registers(raw, codes)
    for ti, bi, table in tables:
        if ti in cited:  # `Уровень | Кто проводит | Периодичность`, `Шифр пробы | Место отбора`: read through
            # the table that cites its rows
            out.table_roles[ti] = Recognition("other", 1.0, None)
            continue
        parts = table_context(ctx, bi, table)
        try:
            table = with_cited_rows(table, cites.get(ti))  # `Уровни контроля | I, II` → a row per level cited
            table = with_point_groups(table, groups)  # `кольцо I (250 м)` where a table before lists its points
            table = with_described_fields(table, fields)  # `KAT_EK` where a table of the fields says what it holds
            table = with_described_fields(table, symbol_descriptions(_after(ctx, bi, LEGEND_CHARS)), MIN_SYMBOLS, asides=True)  # `Mᵢ`, `где: Mᵢ – …, г/с`
            blocks = header_restarts(table)  # `II. Прочие отходы` over a header of its own: a table each
        except Exception as exc:  # noqa: BLE001 - a shape misread leaves the table as parsed
            out.warn(
                "table_failed",
                f"table {ti + 1} could not be reshaped, read as parsed: {type(exc).__name__}: {exc}",
                ctx.block_provenance(bi),
            )
            blocks = [table]
        found = [pair for block in blocks if (pair := _recognised(ctx, out, ti, bi, block, parts, legends, codes))]
        if not found:
            continue
        out.table_roles[ti] = next((seen for _, seen in found if seen.reader is not None), found[0][1])
        lang = ctx.doc.blocks[bi].language or ctx.doc.language
        for block, seen in found:
            if seen.reader is None:
                continue
            try:
                _read(ctx, out, ti, bi, block, seen, parts, lang)
            except Exception as exc:  # noqa: BLE001 - one table cannot sink a document
                out.warn(
                    "table_failed",
                    f"table {ti + 1} ({seen.role}) could not be read: {type(exc).__name__}: {exc}",
                    ctx.block_provenance(bi),
                )


def _recognised(
    ctx: Context, out: Collector, ti: int, bi: int, table: Table, parts: tuple[str, ...], legends: dict[str, str], codes: dict[str, str]
) -> tuple[Table, Recognition] | None:
    """The table reshaped for its readers, with its recognition; None, with a warning, when it cannot be
    recognised. A shape misread leaves the table as parsed."""
    try:
        table = reshaped(table, parts, _after(ctx, bi), legends, codes)
    except Exception as exc:  # noqa: BLE001 - a shape misread leaves the table as parsed
        out.warn(
            "table_failed",
            f"table {ti + 1} could not be reshaped, read as parsed: {type(exc).__name__}: {exc}",
            ctx.block_provenance(bi),
        )
    try:
        return table, recognise(table, parts)
    except Exception as exc:  # noqa: BLE001 - one table cannot sink a document
        out.warn(
            "table_failed",
            f"table {ti + 1} could not be recognised: {type(exc).__name__}: {exc}",
            ctx.block_provenance(bi),
        )
        return None


def tidied(table: Table) -> Table:
    """The table without what holds nothing for any reader: a row `1 | 2 | 3 | …` under the header, an
    empty line between rows (which would otherwise continue the row above), a footnote mark after a figure;
    and an item's number written again on each of its lines merged down, as the document merged it."""
    return repeated_numbers_merged(footnote_marks_dropped(blank_rows_dropped(column_numbers_dropped(table))))


def document_legend(ctx: Context) -> dict[str, str]:
    """The codes the legends of a document explain (`кв. – ежеквартально; п/г – 1 раз в полугодие`), for
    a table whose own legend stands under another table of the section."""
    out: dict[str, str] = {}
    for b in ctx.doc.blocks:
        if b.table is None and is_text(b) and len(found := legend_of(b.text)) >= 2:
            out.update((code, meaning) for code, meaning in found.items() if code not in out)
    return out


def reshaped(
    table: Table, parts: tuple[str, ...], after: str, legends: dict[str, str] | None = None, codes: dict[str, str] | None = None
) -> Table:
    """The table in the shape its role readers read: legends applied, halves printed side by side
    joined, and a form, a card, a sideways or folded table turned into rows under a header. `legends`
    are the document's, for codes the text under the table leaves unexplained; `codes` the sample codes
    another table explains by the point sampled."""
    table = blanks_filled(table)  # `____АЗС «Көкше Петрол»____` typed over a form's blank: the value
    table = in_force(table)  # `было | стало`: the values an amendment puts in force, not those it replaces
    table = choices_made(table)  # `☐ ежемесячно ☒ ежегодно`: the option marked, not every one offered
    table = without_dittos(table)  # `то же`, `-//-`: the cell above, written out
    table = lined_pairs_split(table)  # `БИН ⏎ Адрес | 180640174783 ⏎ г. Костанай`: a field per line, a row each
    table = with_explained_codes(table, codes or {})  # `В-0639/25` over results, `В-0639/25 | ВП-2 – …` elsewhere
    legend = legend_of(after) or legends or {}  # the legend under the table, else the document's
    table = with_lead_party(table, legend)  # `И | О | У` under people, `О – проводит` below
    table = with_legend(table, legend)  # `К` in a cell, `К – ежеквартально` below
    table = with_sets(table, after)  # `II` in a cell, `Комплекс II: pH, сульфаты, …` below or across
    table = with_groups(table, group_notes(after))  # `БТЭК*` in a cell, `* БТЭК – бензол, толуол, …` below
    table = with_marks(table, mark_frequencies(after))  # `Азота диоксид*`, `* – 1 раз в квартал` below
    table = ticked_columns(table)  # `+` under `Азота диоксид (0301) ежеквартально`: measured so often there
    table = ticked_substances(table)  # `+` under `Азота диоксид (0301)`: measured at that row's point
    table = pairs_split(fraction_split(table))  # `факт / ПДК` over `0,034 / 0,2`: a measured column and a limit column
    table = side_by_side_unfolded(table)  # `№ | Показатель | ДК` printed twice across the page
    table = blocks_stacked(table) or table  # `Вещество | СЗЗ: точки | периодичность | Жилая зона: точки | …`
    table = unit_row_raised(table)  # a text file's row of units, under the header as in Word
    if (inner := card_over_table(table)) is not None:
        table = inner  # a form per source: its number and name over the table of its pollutants
    elif (paired := paired_lines(table) or titled_records(table)) is not None:
        table = paired  # a register's records two lines each, under two header lines
    elif (stacked := stacked_records(table)) is not None:
        table = stacked  # passports of measures, a field per row, record after record
    elif (sheet := rate_sheet(table)) is not None:
        table = sheet  # a calculation sheet: each pollutant's g/s and t/y a row each
    elif (turned := turned_emissions(table, " ".join((*parts, after))) or blocked_emissions(table) or totalled_emissions(table, parts) or listed_emissions(table)) is not None:
        table = turned  # a column per pollutant, both rates in each source's cell, in a block of rows each, or
        # in the rows that total its months
    elif (to_air := balance_to_air(table)) is not None:
        table = to_air  # a solvent balance: the streams into the air are emissions, the rest are not
    elif (planned := interval_plan(table)) is not None:
        table = planned  # days between samples, a column per point: a row per point and parameter
    elif (board := period_board(table)) is not None:
        table = board  # numbered items in a column per quarter, who answers in brackets: a row per item
    elif (weighed := weighed_wastes(table)) is not None:
        table = weighed  # a scale's summary: gross, tare and net under each waste, the net its mass
    elif (folded := waste_columns_folded(table)) is not None:
        table = folded  # a column per waste over a row of their codes
    elif (summed := totalled_waste(table) or calculated_wastes(table)) is not None:
        table = summed  # vessels' sludge masses, and the total row naming the waste and its code
    elif (folded := kind_rows_folded(table)) is not None:
        table = folded  # `ДК` and `факт` rows under each parameter, a column per point: a limit and a result each
    elif (split := name_limit_split(table)) is not None:
        table = split  # `БПК5 ДК – 25 мг/дм3`: the parameter and its norm in one cell
    elif (titled := substance_titled(table)) is not None:
        table = titled  # `Свинец (0184)` across the table over its points' rows: the substance of each row
    elif (headed := substance_headed(table)) is not None:
        table = headed  # `№ пробы | Место отбора | Ртуть, мг/кг | ПДК, мг/кг`: every row a sample of the one substance
    elif (by_period := period_cells(table)) is not None:
        table = by_period  # `Направление | I квартал | II квартал | … | Ответственный`: the measures a quarter's cell lists
    elif sideways(table) and not matrix.substance_columns(table):
        table = transposed(table)  # fields down the first column, a column per point (not a substance)
    elif (card := form_card(table)) is not None and recognise(card, parts).role == "facility":
        table = card  # values over their bracketed captions (a card, not a plan's labelled cells)
    elif (card := banded_card(table)) is not None and recognise(card, parts).role == "facility":
        table = card  # rows of labels over rows of their values
    elif (plan := substances_by_round(table)) is not None:
        table = plan  # what each point is sampled for under each round of the year: how often each substance
    elif (split := unit_pairs_split(table)) is not None:
        table = split  # `Bụi tổng | g/s; tấn/năm | 0,068 | 0,00843`: a g/s and a t/y column
    elif (folded := unit_rows_folded(table) or source_columns_folded(table)) is not None:
        table = folded  # a row per unit under each source, or a column per source
    elif (card := mixed_card(table)) is not None:
        table = card  # label–value rows with a band of labels over their values among them
    elif (card := titled_card(table)) is not None and recognise(card, parts).role == "facility":
        table = card  # a facility's fields as `Label: value` rows across, over a table of its products
    elif (card := headerless_card(table)) is not None:
        table = card  # a card whose first field stood as its header
    elif (plan := duty_lines(table)) is not None and recognise(table, parts).role in ("other", "inspections", "tasks"):
        table = plan  # `Мониторинг: ИЗА 0003 – ксилол – 1 раз в квартал` in a register's last column
    elif (plan := commitments(table)) is not None and recognise(table, parts).role in ("other", "tasks"):
        table = plan  # a hearing's answers: `ТОО «…» обязуется до 01.09.2026 установить …`
    return table


def _read(
    ctx: Context,
    out: Collector,
    ti: int,
    bi: int,
    table: Table,
    found: Recognition,
    context: tuple[str, ...],
    lang,
) -> None:
    r = found.columns
    reader = found.reader
    if reader == "facility":
        facility.read_facility(ctx, out, ti, table, (*context, _before(ctx, bi, LETTER_PARAGRAPHS)))
    elif reader == "key_value":
        first = len(out.facilities)
        facility.read_key_value(ctx, out, ti, table)
        out.facilities[first:] = facility.lead_in_category(out.facilities[first:], context[1] if len(context) > 1 else "")
        out.facilities[first:] = facility.current_place(out.facilities[first:], table)
    elif reader == "told":
        facility.read_told(ctx, out, ti, table)
    elif reader == "counts":
        counts = sources.read_counts(table)
        if counts:
            out.table_roles[ti] = found
            out.source_records.setdefault("__counts__", []).append((counts, ctx.block_provenance(bi)))
    elif reader == "sources":
        sources.read_sources(ctx, out, ti, table, out.source_records, r, context, lang)
    elif reader == "emissions":
        emissions.read_emissions(ctx, out, ti, table, context, lang, r)
    elif reader == "wastes":
        wastes.read_wastes(ctx, out, ti, table, context, lang)
    elif reader == "limits":
        if read_said_norm(ctx, out, ti, table, context, lang):
            return  # `ПДК м.р. – 0,5 мг/м3` said before results at `Т-1 | Т-2`
        first = len(out.limits)
        if matrix.read_matrix(ctx, out, ti, table, context, lang):  # a column per substance, the norm in a row
            out.limits[first:] = limit_labels.lead_in_column(out.limits[first:], context[1] if len(context) > 1 else "")
            out.limits[first:] = limit_labels.captioned_point(out.limits[first:], context[0] if context else "")  # `… в колодце КК-2`
            return
        titled = limits.read_limits(ctx, out, ti, table, r, (*context, _card_before(ctx, bi)), lang)
        out.limits[first:] = limit_labels.noted_column(out.limits[first:], _after(ctx, bi))
        out.limits[first:] = limit_labels.lead_in_column(out.limits[first:], context[1] if len(context) > 1 else "")
        out.limits[first:] = limit_labels.said_point(out.limits[first:], _before(ctx, bi))
        sources.stack_sources(ctx, out, [x for x in out.limits[first:] if x.point in titled])
        headed = sources.headed_sources(out, table, out.limits[first:])
        if "source_number" in r and "point" not in r and not headed:  # several norms at each source: the limit reader's
            sources.listed_sources(ctx, out, ti, table, r, out.limits[first:])
        if "frequency" in r:
            monitoring.read_monitoring(ctx, out, ti, table, r, context, lang, with_limits=False)
    elif reader == "period_plan":
        month_plans.read_period_plan(ctx, out, ti, table, r, context)  # what is sampled in each quarter
    elif reader == "monitoring":
        monitoring.read_monitoring(ctx, out, ti, table, r, context, lang)
    elif reader == "source_plan":  # sources down the side, what each emits, the periods it is measured in marked
        monitoring.read_monitoring(ctx, out, ti, table, {**r, "point": r["source_number"]}, context, lang)
    elif reader == "month_plan":
        month_plans.read_month_plan(ctx, out, ti, table)
    elif reader == "inspections":
        inspections.read_inspections(ctx, out, ti, table, r, context)
    elif reader == "tasks":
        first = len(out.obligations)
        tasks.read_tasks(ctx, out, ti, table, context)
        kinds = [o.kind for o in out.obligations[first:]]
        if kinds and kinds.count("inspection") * 2 > len(kinds) and ti in out.table_roles:
            out.table_roles[ti] = replace(out.table_roles[ti], role="inspections")  # a calendar mostly of checks


def finish_tables(ctx: Context, out: Collector) -> None:
    """Sources out of their records, one monitoring obligation per measured source, counts checked; an
    operator's card and its object's card made one facility."""
    out.facilities[:] = facility.joined_cards(out.facilities)
    out.limits[:] = limit_labels.lone_period(out.limits)
    counts = out.source_records.pop("__counts__", [])
    records = out.source_records
    out.sources.extend(r.source for r in records.values())
    sources.source_obligations(ctx, out, records)
    for declared, prov in counts:
        sources.check_counts(out, declared, records, prov)
    resolve_referred(out)  # `все вещества по табл. 5.1`: what that table gives the same source

