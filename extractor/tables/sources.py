"""Tables that name emission sources (ИЗА, `0001`–`5999` organised, `6001`–`9999` unorganised).

A source's rows (its pollutants, one per row under a merged number cell, or several in one
cell) make one record; the same source in several tables (measured in one, calculated in
another) is merged. Each pollutant is an emission of its source, with its rates when the
table gives them. A source measured by instruments at a frequency is one monitoring
obligation with all its pollutants; the table of source counts is checked against the
sources listed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    cell,
    contract_substance,
    frequencies,
    frequency,
    is_blank,
    is_listed,
    number,
    own_cell,
    row_title,
    substance,
    substances_in,
)
from extractor.model import Table
from extractor.nlp.coordinates import parse_coordinates
from extractor.nlp.identifiers import find_source_numbers, source_type
from extractor.nlp.substances import match_substance, substance_by_code
from extractor.tables.blocks import summed_blocks
from extractor.tables.emissions import (
    TRAILING_CODE,
    amount_rate_columns,
    column_substances,
    first_rate,
    group_label,
    hazard_class_cell,
    hazard_class_of,
    is_total,
    listed_rates,
    norm_pairs,
    pair_hazard,
    rate_columns,
    row_rates,
    with_unit_row,
)
from extractor.tables.limit_cells import labelled_results, unit_in, value_in_unit
from extractor.tables.limit_columns import regime_columns
from extractor.tables.limit_labels import averaging
from extractor.tables.limit_points import measurement_rounds
from extractor.tables.matrix import substance_columns
from extractor.tables.profile import SOURCE_NUMBER, names_its_code, number_and_name
from extractor.tables.records import SourceRecord, add_source, sources_mentioned
from extractor.tables.spread import count_per_year, spread_of, timed_columns


def method_of(text: str) -> str | None:
    return words.label_of("METHOD_WORDS", text)


def measured_at_source(
    ctx: Context,
    out: Collector,
    number: str,
    found: list[tuple[c.Substance, str]],
    freq_text: str | None,
    method: str | None,
    prov: c.Provenance,
) -> None:
    """A plan's row that measures at a source named in its text: the source's record, whose monitoring
    obligation (made with the others') carries the pollutants. Only at a source no row gives a frequency (a
    stack's limits) are they figureless emissions, or nothing would say what the source emits."""
    found = [(s, raw) for s, raw in found if is_listed(s)]  # `давление, температура`: no pollutant
    rec = add_source(out.source_records, number, None, None, None, method or "instrumental", prov)
    rec.measured.extend(item for item in found if all(item[0] != s for s, _ in rec.measured))
    first, *more = frequencies(freq_text) or [None]
    if first:
        rec.frequency = rec.frequency or first
        for s, _ in found:
            said = [first, *more] if rec.each.setdefault(s, first) != first else more  # a row of its own at another frequency
            rec.also.setdefault(s, []).extend(f for f in said if f not in rec.also.get(s, []) and f != rec.each[s])
    if not (first or rec.frequency):  # else a duty to measure: the monitoring obligation carries the pair
        _figureless(out, number, found, prov)


def _figureless(out: Collector, number: str, found: list[tuple[c.Substance, str]], prov: c.Provenance) -> None:
    """What a source emits, without figures: each pollutant no table has given it yet."""
    known = {(e.source_number, e.substance) for e in out.emissions}
    for s, raw in found:
        if (number, s) not in known:
            out.emissions.append(c.Emission(substance=s, raw=raw, source_number=number, provenance=prov))


def headed_sources(out: Collector, table: Table, limits: list[c.Limit]) -> bool:
    """Sources a norms table heads its columns with (`Печь № 1 | ИЗА 0001`), each with a stack's limit: the
    facility's sources, registered (what they emit the limits say, no inventory of emissions). Whether any is."""
    named = {n for parts in table.header_parts for part in parts for n in sources_mentioned(part, leading=True)}
    headed = [lim for lim in limits if lim.medium == "flue_gas" and lim.point in named]
    for lim in headed:
        if lim.point not in out.source_records:
            add_source(out.source_records, lim.point, None, None, None, None, lim.provenance)
    return bool(headed)


def stack_sources(ctx: Context, out: Collector, limits: list[c.Limit]) -> None:
    """Stack-gas limits set for a source (`Источник выброса № 0001 – …` over its pollutants): the
    source and its pollutants, as a table of sources with their limits gives them."""
    for lim in limits:
        if lim.medium == "flue_gas" and lim.point and SOURCE_NUMBER.match(lim.point) and source_type(lim.point):
            found = [(lim.substance, lim.substance.name or "")]
            measured_at_source(ctx, out, lim.point.strip(), found, None, None, lim.provenance)


def read_sources(
    ctx: Context,
    out: Collector,
    ti: int,
    table: Table,
    records: dict[str, SourceRecord],
    r: dict[str, int],
    context: tuple[str, ...] = (),
    lang: str | None = None,
) -> None:
    """Sources with their pollutants; a source's group of rows under merged cells is one record."""
    table = with_unit_row(table)
    method = method_of(context[0] if context else "") or ("instrumental" if "frequency" in r else None)
    every = rate_columns(table)
    pairs = norm_pairs(table, every) or amount_rate_columns(table, r, context)
    set_aside = [p for p in every if p not in pairs]  # `Существующее положение` beside the norm
    if len(pairs) > 1:  # `Выброс по источнику | Суммарный выброс вещества`: the total's pair is no source's
        pairs = [p for p in pairs if not is_total(group_label(table, p))] or pairs
    period = words.first_label("PERIOD_WORDS", context[:3])  # caption, lead-in, then the heading
    concentration = _concentration_column(table, r, context)
    rounds: list[int] = []  # `I полугодие | концентрация, мг/Нм3`, `II полугодие | …`, or two regimes: each against the norm
    if concentration is not None:
        rounds = (
            regime_columns(table, r["measured"], {concentration[0]})
            if "measured" in r
            else list(measurement_rounds(table, {concentration[0], *r.values()}))
        )
    by_column = column_substances(table, pairs)
    hazards = [pair_hazard(table, p) for p in pairs]  # `0301 Азота диоксид (2 кл. опасн.) | г/с | т/год`
    spread = spread_of(table)
    timed = substance_columns(table) if spread is not None and spread.kind == "substance_frequencies" else {}
    current: list[SourceRecord] = []
    heading: list[tuple[c.Substance, str]] = []
    above: tuple[list[tuple[c.Substance, str]], int | None] = ([], None)  # the row above's substances and their class
    continuous = timed_columns(table, r, "air") if "frequency" in r or not pairs else {}
    r = {role: k for role, k in r.items() if k not in continuous or role == "source_number"}  # (substances listed under
    # each frequency: the timed columns give them, no column of the row's own substances or frequency)
    named_cols = {r.get(k) for k in ("source_number", "substance", "substance_code")} | {k for p in pairs for k in p[:2]}
    totals, parts = summed_blocks(
        table,
        r["source_number"],
        [k for k in range(table.n_cols) if k not in named_cols],
        lambda row: cell(table, row, r.get("substance_code")) or cell(table, row, r.get("substance")),
        lambda row: first_rate(row_rates(table, row, pairs, lang)),
    )  # `котел № 1 | … | Всего по источнику`: the source emits the totals, its units' rows are their parts
    for row in range(len(table.rows)):
        own = own_cell(table, row, r["source_number"])
        title = row_title(table, row) or own
        if title and (named := _substance_heading(title, trust_code=title != own)):
            heading, current = [named], []  # `2908 – Пыль неорганическая …` over the sources that emit it
            continue
        if row not in totals and any(is_total(cell(table, row, k)) for k in range(table.n_cols)) and not _coded_part(table, row, r):
            continue  # `Итого по веществу:`
        if set_aside and _no_norm(row_rates(table, row, pairs, lang), row_rates(table, row, set_aside, lang)):
            current = []
            continue  # figures for today only, `–` under the norm: a source taken out of service
        numbers = [n.number for n in find_source_numbers(own)] if own else []
        if not numbers and (across := row_title(table, row)) and across == cell(table, row, 0):
            period = words.first_label("PERIOD_WORDS", [across]) or period  # `А. Период строительства (2026 г.)`
            current, above = [], ([], None)
            continue  # a title across the table names no source and no substance of its own
        if numbers:
            current = [
                _source_record(ctx, ti, table, row, r, n, method, records) for n in dict.fromkeys(numbers)
            ]
        elif own and not is_blank(own):
            continue  # the number column names something else: a note, a subtotal
        elif own and any(not is_blank(own_cell(table, row, k)) for k in range(table.n_cols) if k not in r.values()):
            current = []  # `– | Суда у причалов`: a place with no number of its own, not the source above
            continue
        if not current or row in parts:
            continue
        for k, label in continuous.items():  # `Непрерывный контроль (АСМ) | NO2, SO2, CO` beside the periodic plan
            if subs := substances_in(own_cell(table, row, k), "air"):
                for rec in current:
                    measured_at_source(ctx, out, rec.source.number, subs, label, method_of(label) or "automated", ctx.row_provenance(ti, row))
        rates = row_rates(table, row, pairs, lang) or [(None, None, None)]
        if not pairs and timed:  # `№ ИЗА | … | Сера диоксид (0330): постоянно (АСМ) | Медь оксид: 1 раз в полугодие`
            for rec in current:
                for k, s in timed.items():
                    freq_text = own_cell(table, row, k)
                    if (f := frequency(freq_text)) and f.word:
                        how = method_of(freq_text) or method_of(cell(table, row, r.get("method"))) or method
                        measured_at_source(ctx, out, rec.source.number, [(s, s.name)], freq_text, how, ctx.row_provenance(ti, row))
            continue
        if any(by_column):  # a matrix: a column group per substance, a figure where the source emits it
            for rec in current:
                _matrix_emissions(ctx, out, ti, row, rec.source.number, rates, by_column, period, hazards)
            continue
        found = row_substances(table, row, r) or heading
        hazard = hazard_class_cell(cell(table, row, r.get("hazard_class")))
        if not found and above[0] and numbers and all(is_blank(own_cell(table, row, r.get(k)) or "") for k in ("substance", "substance_code")) and first_rate(
            row_rates(table, row, pairs, lang)
        ):  # `0301 | Азота диоксид | 2 | 0001 | …` then `| | | 6003 | …`: the substance and its class merged down
            found, hazard = above[0], hazard if hazard is not None else above[1]
        above = (found, hazard)
        freq = frequency(cell(table, row, r.get("frequency")))
        if not (freq and freq.word) and (n := count_per_year(cell(table, row, r.get("per_year")))):
            freq = frequency(words.per_year_text(lang, n))  # `Кратность контроля, раз в год | 4`: quarterly
        row_method = method_of(cell(table, row, r.get("method"))) or method
        # measured by instruments, or checked (by calculation too) at a frequency the plan sets
        measuring = row_method in ("instrumental", "automated") or bool(freq and freq.word)
        apart = listed_rates(table, row, pairs, len(current), lang) if len(current) > 1 and len(found) == 1 else None
        for at, rec in enumerate(current):  # `0003 6001 | 0,0165 0,0235`: each source's figures in its order
            if row_method != method and rec.source.monitoring == method:
                rec.source = replace(rec.source, monitoring=row_method)
            if measuring:
                rec.measured.extend(item for item in found if all(item[0] != s for s, _ in rec.measured))
                if freq and freq.word and not rec.frequency:
                    rec.frequency = freq.raw
                if freq and freq.word:
                    for s, _ in found:
                        rec.each.setdefault(s, freq.raw)
            if concentration is not None and len(found) == 1:
                measured = value_in_unit(table, r["measured"], cell(table, row, r["measured"]), concentration[1], lang) if "measured" in r else None
                each = labelled_results(cell(table, row, r["measured"]), lang) if "measured" in r else []  # `I кв. – 7,79; II кв. – 9,04`
                for value in [v for k in rounds if (v := number(own_cell(table, row, k) or "")) is not None] or each or [measured]:
                    _stack_limit(ctx, out, ti, table, row, concentration, found[0][0], rec.source.number, value)
            listed = listed_rates(table, row, pairs, len(found), lang) if len(found) > 1 else None
            use = ([apart[at]] if apart else rates) if len(found) == 1 else [(None, None, None)]  # several pollutants in a cell: whose figures?
            for n, (s, raw) in enumerate(found):
                for g_s, t_y, own_period in [listed[n]] if listed else use:
                    if g_s is None and t_y is None and hazard is None and measuring and (freq and freq.word or rec.frequency):
                        continue  # a plan's row without figures: its monitoring obligation carries the pair
                    if g_s is None and t_y is None and not is_listed(s):
                        continue  # `Температура газа, °С` among the measured: a parameter of the gas, no pollutant
                    out.emissions.append(
                        c.Emission(
                            substance=s,
                            raw=raw,
                            source_number=rec.source.number,
                            hazard_class=hazard if hazard is not None else hazard_class_of(raw),
                            g_s=g_s,
                            t_y=t_y,
                            period=own_period or period,
                            provenance=ctx.row_provenance(ti, row),
                        )
                    )


def _no_norm(norm: list, others: list) -> bool:
    """Whether a row leaves the norm's rates empty while the pairs set aside hold figures."""
    return all(g is None and t is None for g, t, _ in norm) and any(g is not None or t is not None for g, t, _ in others)


def _matrix_emissions(ctx, out, ti, row, number_, rates, by_column, period, hazards) -> None:
    """The emissions of one source's row in a matrix of sources by substances."""
    for (g_s, t_y, own_period), s, hazard in zip(rates, by_column, hazards, strict=True):
        if s is None or (g_s is None and t_y is None):
            continue
        out.emissions.append(
            c.Emission(
                substance=s,
                raw=s.name,
                source_number=number_,
                hazard_class=hazard,
                g_s=g_s,
                t_y=t_y,
                period=own_period or period,
                provenance=ctx.row_provenance(ti, row),
            )
        )


def _concentration_column(table: Table, r: dict[str, int], context: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """A column of concentrations at the source (`мг/м3`, `mg/Nm3`): the stack-gas limit of each row,
    when the table sets norms (its header or caption says so); in an inventory it is what was measured."""
    rates = {r.get("g_s"), r.get("t_y")}
    norms = words.compiled("NORM_WORDS")
    found = [
        (k, unit, role)
        for k, header in enumerate(table.header)
        if k not in rates and (unit := unit_in(header)) in ("mg/m3", "mg/Nm3") and (role := words.role_of(header)) in (None, "limit")
        and not averaging().search(header)  # `ПДК м.р., мг/м³` beside the rates: the air's standard, no norm at the stack
    ]
    found.sort(key=lambda f: f[2] != "limit")  # a norm's own column wherever it stands, before results beside it
    for k, unit, role in found:
        said = [" ".join(table.header), *context[:3]]
        if role == "limit" or any(norms.search(words.flat(t)) for t in said if t):
            return k, unit
    return None


def _stack_limit(
    ctx, out, ti, table, row, column: tuple[int, str], found: c.Substance, source: str, measured: float | None = None
) -> None:
    value = number(cell(table, row, column[0]))
    if value is not None:
        out.limits.append(
            c.Limit(
                substance=found,
                medium="flue_gas",
                point=source,
                value=measured,
                limit=value,
                unit=column[1],
                provenance=ctx.row_provenance(ti, row),
            )
        )


def listed_sources(ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], limits: list[c.Limit]) -> None:
    """The sources a table of norms names in its column of sources (`0003 – печь № 2 | … | НДТ | КЭР`),
    read by the limit reader: their records and the pollutants their norms are set for, as a table of
    sources with one norm column gives them."""
    for row in range(len(table.rows)):
        own = own_cell(table, row, r["source_number"])
        for n in dict.fromkeys(s.number for s in find_source_numbers(own)) if own else ():
            _source_record(ctx, ti, table, row, r, n, None, out.source_records)
    for lim in limits:  # how the norms are checked the table does not say: no method is guessed
        if lim.point in out.source_records:
            _figureless(out, lim.point, [(lim.substance, lim.substance.name or "")], lim.provenance)


def _source_record(ctx, ti, table, row, r, num, method, records) -> SourceRecord:
    coords = parse_coordinates(cell(table, row, r.get("coordinates")) or "")
    name = cell(table, row, r.get("source_name")) or _name_after_number(cell(table, row, r["source_number"]))
    site = cell(table, row, r.get("site")) or None
    return add_source(records, num, name, site, coords, method, ctx.row_provenance(ti, row))


def _substance_heading(text: str, trust_code: bool = False) -> tuple[c.Substance, str] | None:
    """A row that names a substance by its code and name (`0616 – Ксилол`), the sources below it; a
    title across the whole row is taken by its code even when the name is worded otherwise."""
    pair = number_and_name(text)
    known = names_its_code(*pair) if pair else None
    if known is None and pair and (bare := re.sub(r"\s*\([^()]*\)\s*$", "", pair[1])) != pair[1]:
        known = names_its_code(pair[0], bare)  # `0301 – Азота (IV) диоксид (ПДК м.р. 0,2 мг/м³, класс опасности 2)`
    if known is None and pair and trust_code:
        known = substance_by_code(pair[0])
    return (contract_substance(known), pair[1]) if known is not None else None


def _name_after_number(text: str) -> str | None:
    """The name written after the number in the source's own cell (`0009 Выхлопная труба`)."""
    pair = number_and_name(text)
    return pair[1] if pair else None


def row_substances(table: Table, row: int, r: dict[str, int]) -> list[tuple[c.Substance, str]]:
    """The substances a row names: in its substance column, or in a cell a re-typed row shifted."""
    col = r.get("substance")
    text = own_cell(table, row, col)
    if text and not is_blank(text):
        found = substances_in(text, "air") or (by_code(text) if re.fullmatch(r"[\d\s,;]+", text) else [])
        coded = by_code(own_cell(table, row, r.get("substance_code")))
        if not found and not coded and words.compiled("NOT_PLANNED").search(words.flat(text)):
            return []  # `контейнеры | – | выбросы отсутствуют`: the source emits nothing with this load
        if len(found) > 1 and len(coded) == 1:
            return [(coded[0][0], text)]  # `2902 | Взвешенные частицы (абразивная пыль)`: one code, one pollutant
        if found:
            return found
        if not coded and (trailing := TRAILING_CODE.search(text)):
            coded = [(s, text) for s, _ in by_code(trailing.group(1))]  # `Мыс (II) оксиді … (0146)`
        return coded or [(substance(text, "air"), text)]
    coded = by_code(own_cell(table, row, r.get("substance_code")))
    if coded:
        return coded
    for k in range(table.n_cols):
        if k in (col, r.get("source_number"), r.get("coordinates")):
            continue
        other = own_cell(table, row, k)
        if other and not re.fullmatch(r"[\d\s.,–-]+", other):  # `2026`, the year a norm is reached, is no code
            m = match_substance(other, medium="air")
            if m is not None and m.score >= 90:
                return [(substance(other, "air"), other)]
    return []


def by_code(text: str) -> list[tuple[c.Substance, str]]:
    """Substances of a code column (`0301`, `0301, 0304`) that the reference list knows."""
    out = []
    for code in re.findall(r"(?<!\d)\d{4}(?!\d)", text or ""):
        known = substance_by_code(code)
        if known is not None:
            out.append((contract_substance(known), code))
    return out


def source_obligations(ctx: Context, out: Collector, records: dict[str, SourceRecord]) -> None:
    """One monitoring obligation per instrumentally measured source and frequency, with its substances."""
    for rec in records.values():
        if not rec.measured or not rec.frequency:
            continue
        by_frequency: dict[str, list[tuple[c.Substance, str]]] = {}
        for s, raw in rec.measured:
            for freq_text in (rec.each.get(s, rec.frequency), *rec.also.get(s, ())):
                by_frequency.setdefault(freq_text, []).append((s, raw))
        where = f"{rec.source.number}" + (f" ({rec.source.name})" if rec.source.name else "")
        lang = ctx.doc.language
        said = words.phrase(lang, "METHOD_TEXT", {}).get(rec.source.monitoring or "instrumental", "")
        head = words.phrase(lang, "SOURCE_TEXT", "Источник")
        for freq_text, measured in by_frequency.items():
            freq = frequency(freq_text)
            names = ", ".join(raw for _, raw in measured)
            out.add_obligation(
                c.Obligation(
                    id="",
                    kind="monitoring",
                    text=f"{head} {where}: {said} — {names}; {freq_text}",
                    frequency=freq.word if freq else None,
                    rrule=freq.rrule if freq else None,
                    substances=tuple(s for s, _ in measured),
                    source_numbers=(rec.source.number,),
                    provenance=rec.source.provenance,
                    language=ctx.doc.language,
                )
            )


# ------------------------------------------------------------------ counts


def read_counts(table: Table) -> dict[str, int]:
    """Declared numbers of sources from the counts table (total, organized, unorganized)."""
    counts: dict[str, int] = {}
    for row in range(len(table.rows)):
        texts = [cell(table, row, k) for k in range(table.n_cols)]
        label = " ".join(t for t in texts if t and not re.fullmatch(r"[\d\s).-]+", t))
        value = next((int(t) for t in reversed(texts) if t and re.fullmatch(r"\d{1,5}", t)), None)
        if value is None or not label:
            continue
        key = words.label_of("COUNT_ROWS", label)
        if key is None:
            continue
        if key == "organized" and re.search(r"оборудованн|из них", label.lower()) and "organized" in counts:
            continue
        counts.setdefault(key, value)
    return counts


def check_counts(
    out: Collector, counts: dict[str, int], records: dict[str, SourceRecord], prov: c.Provenance
) -> None:
    listed = {
        "total": len(records),
        "organized": sum(1 for r in records.values() if r.source.type == "organized"),
        "unorganized": sum(1 for r in records.values() if r.source.type == "unorganized"),
    }
    names = {"total": "sources", "organized": "organized sources", "unorganized": "unorganized sources"}
    for key, declared in counts.items():
        if key in listed and listed[key] != declared:
            out.warn(
                "count_mismatch",
                f"the sources table declares {declared} {names[key]}, the source tables list {listed[key]}",
                prov,
            )


def _coded_part(table: Table, row: int, r: dict[str, int]) -> bool:
    """A part of the substance above with a code of its own (`0184 | в т.ч. Свинец и его соединения` under the dust):
    a pollutant emitted in its own right, not a total line."""
    code = own_cell(table, row, r["substance_code"]) if "substance_code" in r else ""
    name = cell(table, row, r["substance"]) if "substance" in r else ""
    return bool(re.fullmatch(r"\s*\d{4}\s*", code or "")) and bool(words.compiled("PART_WORDS").search(words.flat(name)))
