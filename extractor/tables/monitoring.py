"""Monitoring plans: control points, what is measured there, how often, by whom; limits beside them.

Columns come in any order and are found by header words or, failing those, by what their
cells hold. A point cell merged over several substance rows is one point; a point and its
substances may share one cell (`КТ-1 (граница СЗЗ): азота диоксид, серы диоксид`,
`Ống khói lò hơi (KT1): bụi, SO2, NOx`). One monitoring obligation per point and frequency
with all its substances; a limit per point and substance where the plan gives one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    air_named,
    cell,
    frequencies,
    frequency,
    is_blank,
    is_listed,
    own_cell,
    row_title,
    substance,
    substances_in,
)
from extractor.model import Table
from extractor.nlp.frequency import named_quarters
from extractor.nlp.identifiers import source_type
from extractor.nlp.substances import match_substance
from extractor.tables.limit_cells import (
    medium_of,
    parse_limit,
    resolve_medium,
    row_unit_of,
    table_unit,
    unit_for,
)
from extractor.tables.points import (
    DASHED_ID,
    DESCRIBED_ID,
    END_ID,
    HEAD_ID,
    POINT_INSIDE,
    SHORT_ID,
    points_listed,
)
from extractor.tables.profile import MARK, POINT_ID, SOURCE_NUMBER, point_name
from extractor.tables.records import sources_mentioned
from extractor.tables.sources import by_code, measured_at_source, method_of
from extractor.tables.spread import (
    Spread,
    closing_frequencies,
    context_frequency,
    count_per_year,
    marks_per_year,
    month_columns,
    quarter_columns,
    spread_groups,
    spread_of,
    timed_columns,
    times_column,
    times_listed,
    weekday_columns,
)

_WHERE = r"(?:\d{4}|[^\W\d_]{1,4}\s?[-.]?\s?\d{1,3})"
WHERE_AND_FREQUENCY = re.compile(rf"(?<![\w.])({_WHERE})\s*[—–-]\s*(.+?)(?=\s*[;,]?\s*{_WHERE}\s*[—–-]|\s*$)", re.S)


def _places_with_frequencies(table: Table, row: int, r: dict[str, int]) -> list[tuple[str, str]]:
    """(source number or point, frequency) pairs a cell lists (`0001 — 1 раз в месяц 0002 —
    ежеквартально`, `KT1 – 03 tháng/lần KT3 – 6 tháng/lần`), every part a place and a frequency;
    empty when no cell is such a list."""
    for k in range(table.n_cols):
        if k == r.get("substance"):
            continue
        text = own_cell(table, row, k) or ""
        pairs = [(re.sub(r"\s+", "", m.group(1)), m.group(2).strip(" ;,")) for m in WHERE_AND_FREQUENCY.finditer(text)]
        places = all(source_type(n) if n.isdigit() else POINT_ID.match(n) for n, _ in pairs)
        if pairs and places and all((f := frequency(t)) and f.word for _, t in pairs):
            return pairs
    return []


@dataclass
class PointGroup:
    point: str
    frequency: str | None
    actor: str | None
    method: str | None
    first_row: int
    medium: str = "air"
    substances: list[tuple[c.Substance, str]] = field(default_factory=list)
    said: str = ""
    """The frequency cell as written, when it names no frequency (`в те же сроки, что и КК-1`)."""


def _periodic_substances(table: Table, r: dict[str, int]) -> dict[str, int]:
    """`Thông số quan trắc tự động, liên tục | Thông số quan trắc định kỳ | Tần suất`: the substances the
    frequency column times are the column whose header says no frequency of its own; the other one keeps
    the frequency its header says."""
    col = r.get("substance")
    if col is None or "frequency" not in r or not ((f := frequency(table.header[col])) and f.word):
        return r
    others = [k for k in range(table.n_cols) if k not in r.values() and words.role_of(table.header[k]) == "substance"]
    untimed = [k for k in others if not ((g := frequency(table.header[k])) and g.word)]
    return {**r, "substance": untimed[0]} if len(untimed) == 1 else r


def read_monitoring(
    ctx: Context,
    out: Collector,
    ti: int,
    table: Table,
    r: dict[str, int],
    context: tuple[str, ...] = (),
    lang: str | None = None,
    with_limits: bool = True,
) -> None:
    """Limits per point and substance, and one monitoring obligation per control point and frequency.

    A limit table read by the limit reader that also says how often each parameter is measured gives its
    monitoring duties here, `with_limits` off."""
    caption, *around = context or ("",)
    if (spread := spread_of(table)) is not None:
        _read_spread(ctx, out, ti, table, r, spread, context)
        return
    if "point" not in r and "site" in r and _names_places(table, r["site"]):
        r = {**r, "point": r["site"]}  # `Объект контроля | ИЗА 0001 – …`, `… точки Т-1, Т-2`: where it is measured
    table, r = _ids_joined(table, r)
    said = words.first_label("MEDIUM_WORDS", [f"{caption} {' '.join(table.header)}", *around])
    limit_col = r.get("limit") if with_limits else None
    unit = table_unit(table, limit_col)
    stated = resolve_medium(said, unit)  # no words, but mg/Nm3: gas at a stack
    medium = stated or _medium_listed(table, r)
    worded = stated is not None  # the medium said in words, or guessed from the substances
    match_medium = "air" if medium == "flue_gas" else medium
    groups: list[PointGroup] = []
    period_freqs = _period_frequency_columns(table) or _regime_columns(table, r)
    current: PointGroup | None = None
    titled_point: str | None = None
    titled_points: list[str] = []  # `Т-1, Т-2 – граница СЗЗ` across the table over what is measured at both
    titled_sources: list[str] = []  # `ИЗА № 0001 – дымовая труба` across the table over what is measured there
    listed_above: list[str] = []  # `КТ-1, КТ-2 (…)` over rows a text file leaves blank where the cell was merged
    sources_above: list[str] = []  # `Источник 0001 – труба` likewise
    stated = context_frequency(context) if "frequency" not in r else None
    carry: dict[str, str] = {"frequency": stated} if stated else {}  # `(периодичность – ежеквартально)`
    media_cols: set[int] = set()  # the columns that named a medium
    r = _periodic_substances(table, r)
    by_time = timed_columns(table, r, match_medium)
    closing = closing_frequencies(table) if "frequency" not in r else {}
    closers = set(closing.values())
    marked_under = _frequency_headers(table)
    dates_col = times_column(table, set(r.values()))  # `Даты отбора проб | 15.02; 17.05; …`: how often, by the dates
    sections: list[tuple[int, str]] = []  # title rows across the table: a division's points under its name
    quality = False  # under `Входной контроль сырья`, `Kiểm tra sản phẩm`: a laboratory's own quality tests
    found_above: list[tuple[c.Substance, str]] = []  # the substances of the row above, for a point under them
    for row in range(len(table.rows)):
        texts = [own_cell(table, row, k) for k in range(table.n_cols)]
        if all(is_blank(t) for t in texts):
            continue
        title = row_title(table, row)
        if title:
            quality = bool(words.compiled("QUALITY_SECTION_WORDS").search(words.flat(title)))
            listed_above, sources_above, titled_points = [], [], []
            said_sources = "point" not in r and not substances_in(title, match_medium) and sources_mentioned(title, leading=True)
            titled_sources = list(said_sources or [])
        if quality and not title:
            continue
        if row in closers:
            carry, current = {}, None  # `Периодичность контроля: …` closing the block above: not the rows below
            continue
        if row in closing and carry.get("frequency") is None:
            carry["frequency"] = row_title(table, closing[row])
        timed = bool(title and (f := frequency(title)) and f.word and not substances_in(title, match_medium))
        heads = bool(titled_sources or title and (POINT_ID.match(title) or DESCRIBED_ID.match(title)))
        note = _is_note_row(texts) and not heads and not (timed and SECTION_NUMBER.match(title))  # `NT1 – Nước thải sau hệ thống xử lý … (quan trắc định kỳ)` heads its rows
        if title and texts[0] and not timed and match_substance(title, medium=match_medium) is None:
            if note and not SECTION_NUMBER.match(title):
                continue  # a note across the table; a numbered title however long is a division's
            kind = words.compiled("MONITORING_KIND_WORDS").search(words.flat(title))  # `2. Quan trắc khí thải định kỳ`
            sections.append((row, "" if kind else title))
            current = None  # `2. Вагонное депо` over its own points: a group of the rows above ends
        if note:
            continue
        names_point = bool(
            title
            and "point" not in r
            and (m := POINT_ID.match(title) or DESCRIBED_ID.match(title))
            and not substances_in(title, match_medium)
        )
        if names_point:
            titled_point = point_name(title, m)  # `KT1 – Dòng khí thải số 01` over its rows
            titled_points = listed if len(listed := points_listed(title)) > 1 else []
        elif title and medium_of(title):
            titled_point = None  # `Nước thải` over rows of no point yet
        if title and (named := medium_of(title)):
            # A group title across the row (`Поверхностные воды`): the medium of the rows below it.
            medium, match_medium, current, carry = named, "air" if named == "flue_gas" else named, None, {}
            if (f := frequency(title)) and f.word:
                carry = {"frequency": title}  # `1. Quan trắc không khí xung quanh – tần suất: 3 tháng/lần`: the medium and how often
            worded = True
            continue
        if timed:
            carry, current = {"frequency": title}, None  # `Периодичность: 1 раз в квартал` over its rows
            continue
        if names_point or titled_sources and title:
            current = None
            continue
        for k in range(table.n_cols):  # a column of media merged down (`Nước thải | NT1 | …`)
            said_here = cell(table, row, k) if k not in (r.get("substance"), r.get("point")) else ""
            if said_here and len(said_here) <= 40 and (named := medium_of(said_here)):
                media_cols.add(k)
                if named != medium:
                    medium, match_medium, current = named, "air" if named == "flue_gas" else named, None
                    worded = True
        # `Осадок нефтеловушки` in the column of media, after the air's rows: a thing of no medium known
        unknown_medium = any((said := own_cell(table, row, k)) and not medium_of(said) for k in media_cols)
        if timed := _timed_segments(table, row, r, match_medium):
            # `pH, БПК5 – ежемесячно; железо – ежеквартально`: each part at its own frequency
            said_where = cell(table, row, r["point"]) if "point" in r else ""
            if not POINT_ID.match(said_where) and (named_sources := sources_mentioned(said_where, "point" in r)):
                how = method_of(cell(table, row, r.get("method")))  # `ИЗА 0001 – труба | NO2* , пыль**`: at a source
                for freq_text, subs, _ in timed:
                    for number in named_sources:
                        measured_at_source(ctx, out, number, subs, freq_text, how, ctx.row_provenance(ti, row))
                current = None
                continue
            at = _point_of(table, row, r, match_medium, [x for _, subs, _ in timed for x in subs])
            said_medium = medium_of(said_where) if len(said_where) <= 80 else None
            for freq_text, subs, fam in timed:
                kind = medium if fam == match_medium else ("waste_water" if fam == "water" else fam)
                if fam == "water" and said_medium in ("water", "waste_water"):
                    kind = said_medium  # `Н-1 – наблюдательная скважина`: ground water, not waste water
                groups.append(PointGroup(at or "", freq_text, None, None, row, kind))
                groups[-1].substances.extend(subs)
            current = None
            continue
        for k, label in by_time.items():  # `Quan trắc tự động, liên tục | Bụi, SO2` beside the periodic ones
            if subs := substances_in(own_cell(table, row, k), match_medium):
                at = _point_of(table, row, r, match_medium, subs) or titled_point or ""
                groups.append(PointGroup(at, label, None, None, row, medium))
                groups[-1].substances.extend(subs)
        found = _cell_substances(table, row, r, match_medium)
        if not found and found_above and _under_substance(table, row, r):
            found = found_above  # a text file writes the merged substance in its first row only
        found_above = found if not title else []
        other = "water" if match_medium == "air" else "air"
        row_medium = medium
        alt = _cell_substances(table, row, r, other) if "substance" in r else []
        if unknown_medium and not any(is_listed(s) for s, _ in found) and any(is_listed(s) for s, _ in alt):
            found = []  # `нефтепродукты` of a sludge after the air's rows: a name the air's list lacks, the water's has
        known = sum(1 for s, _ in found if is_listed(s))  # `Азота диоксид (0301)` among waters: no water's name
        other_known = sum(1 for s, _ in alt if is_listed(s))  # most of the cell's items
        items = len(re.split(r"[,;]", own_cell(table, row, r["substance"]))) if "substance" in r else len(found)
        if len(alt) > len(found) or (
            (other == "air" or not worded) and known < len(found) and other_known > known and other_known * 2 > max(items, len(found))
        ):  # an air pollutant's row in a water plan; a water parameter where words said air (`Ống khói | Nhiệt độ`) stays
            if other == "air" and found and all(is_listed(s) for s, _ in found) and not _overlap(found, alt):
                found = [*found, *alt]  # `нефтепродукты, pH, бензол, толуол` in water: the organics from the air's list
            else:  # `COD, Tổng nitơ` in a plan that says no medium: the row's substances tell it
                found, row_medium = alt, ("waste_water" if other == "water" else "air")
        elif match_medium != "air" and found and "substance" in r:
            found = [*found, *air_named(own_cell(table, row, r["substance"]), found, match_medium)]  # `pH, TSS, Dioxin/Furan`
        if not found:
            continue
        if timed_places := _places_with_frequencies(table, row, r):
            # `0001 — 1 раз в месяц 0002 — ежеквартально`: each source or point at its own frequency
            how = method_of(cell(table, row, r.get("method")))
            for where, freq_text in timed_places:
                if where.isdigit():
                    measured_at_source(ctx, out, where, found, freq_text, how, ctx.row_provenance(ti, row))
                    continue
                groups.append(PointGroup(where, freq_text, None, None, row, row_medium))
                groups[-1].substances.extend(found)
            current = None
            continue
        if "frequency" in r and _taken_out(cell(table, row, r["frequency"])):
            continue  # `исключается` where the frequency stood: an amendment takes the duty out
        if "frequency" in r and is_blank(own_cell(table, row, r["frequency"])) and any(
            _taken_out(own_cell(table, row, k)) for k in range(table.n_cols) if k != r["frequency"]
        ):
            continue  # `– | Không thuộc đối tượng phải quan trắc … (lò hơi đốt dầu DO) | –`: exempt, nothing measured
        if words.compiled("STATE_NETWORK_WORDS").search(words.flat(cell(table, row, r.get("who")))):
            continue  # `РГП «Казгидромет»` does it: the state network's observations, whose data the operator only uses
        point = _point_of(table, row, r, match_medium, found) or titled_point
        said_often = cell(table, row, r["frequency"]) if "frequency" in r else ""
        freq_text = _row_frequency(table, row, r, lang or ctx.doc.language, marked_under, dates_col) or (
            None if not is_blank(said_often) else carry.get("frequency")
        )  # `при каждом массовом взрыве`: an occasion, not the frequency of the rows above
        actor = cell(table, row, r.get("who")) or carry.get("who")
        method = cell(table, row, r.get("method")) or carry.get("method")
        for key, value in (("frequency", freq_text), ("who", actor), ("method", method)):
            if value:
                carry[key] = value
        said_where = cell(table, row, r["point"]) if "point" in r else own_cell(table, row, r.get("substance"))
        blank_under = "point" in r and is_blank(said_where) and point is None
        said_above = sources_above if blank_under else (titled_sources if point is None else [])
        by_period = [t for k in period_freqs if (f := frequency(t := cell(table, row, k))) and f.word]
        if period_freqs and not by_period and (occasions := [t for k in period_freqs if not is_blank(t := cell(table, row, k))]):
            freq_text = occasions[0]  # `– | – | при каждом сжигании газа | –`: an occasion, no frequency carried down
        if not POINT_ID.match(said_where) and (named_sources := sources_mentioned(said_where, "point" in r) or said_above):
            sources_above = list(named_sources)
            # `Инструментальный контроль на источнике № 0002: NO2, SO2`: measured at a source
            for number in named_sources:
                how = method_of(said_where) or method_of(method or "")
                for said in by_period if len(by_period) > 1 else [freq_text]:  # each regime's frequency
                    measured_at_source(ctx, out, number, found, said, how, ctx.row_provenance(ti, row))
            current = None
            continue
        listed = next(
            (ids for k in dict.fromkeys([r["point"], *words.columns_of(table, "point"), *_id_column(table, r)]) if len(ids := points_listed(cell(table, row, k))) > 1),
            [],
        ) if "point" in r else []
        sources_above = []
        if not listed and blank_under:
            listed = listed_above
        if not listed and titled_points and point == titled_point:
            listed = titled_points
        listed_above = listed if len(listed) > 1 else []
        if not by_period and len(seasons := frequencies(freq_text)) > 1:
            by_period = seasons  # `в сезон – ежемесячно; в межсезонье – 1 раз в квартал`: a duty each
        if len(by_period) > 1 or (by_period and not freq_text):
            # `Периодичность: в период строительства | в период эксплуатации`: a duty at each
            at = point if point is not None else (current.point if current is not None else "")
            for where in listed if len(listed) > 1 else [at]:  # `Т-1, Т-2`: at each point listed
                for one in dict.fromkeys(by_period):
                    groups.append(PointGroup(where, one, actor or None, method or None, row, row_medium))
                    groups[-1].substances.extend(found)
            current = None
            continue
        if len(listed) > 1:  # `КТ-1, КТ-2, КТ-3`: the row's substances at each point
            for one in listed:
                group = next((g for g in groups if (g.point, g.frequency) == (one, freq_text)), None)
                if group is None:
                    group = PointGroup(one, freq_text, actor or None, method or None, row, row_medium)
                    groups.append(group)
                group.substances.extend(found)
            current = None
            continue
        if point is None:
            point = current.point if current is not None else ""
        if current is None or point != current.point or freq_text != current.frequency:
            current = PointGroup(point, freq_text, actor or None, method or None, row, row_medium, said=said_often)
            groups.append(current)
        for k, (s, raw) in enumerate(found):
            current.substances.append((s, raw))
            text = _limit_of(table, row, r, raw, (k, len(found))) if limit_col is not None else None
            parsed = parse_limit(text, lang or ctx.doc.language) if text else None
            if parsed is not None:
                row_unit = row_unit_of(table, row, r.get("unit"))
                out.limits.append(
                    c.Limit(
                        substance=s,
                        medium=medium,
                        point=point or None,
                        limit=parsed[0],
                        unit=unit_for(s, unit if row_unit is False else row_unit),
                        limit_min=parsed[1],
                        limit_max=parsed[2],
                        provenance=ctx.row_provenance(ti, row),
                    )
                )
    _qualify_repeated(groups, sections)
    _timed_as_others(groups)
    for g in groups:
        label = medium_label(g.medium, ctx.doc.language)
        prov = ctx.row_provenance(ti, g.first_row)
        out.add_obligation(plan_duty(ctx, label, g.point, g.frequency, g.substances, prov, g.actor))


SAID_FREQUENCY = re.compile(r"\S\s+[–—]\s+[^–—]{3,60}$")
"""`Азота диоксид, Сера диоксид – 1 раз в квартал`: what is measured, a dash, then how often."""
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+")


ANY_ID = re.compile(r"(?<![\w-])([^\W\d_]{1,4}\s?[-–]?\s?\d{1,3}[^\W\d_]?)(?!\w|-\d)")
"""A short id in running words (`КК-1`, `NT1`); only those of the plan's own points count."""


def _timed_as_others(groups: list[PointGroup]) -> None:
    """A point sampled `в те же сроки, что и КК-1` (`cùng thời điểm với NT1`): its frequency is that point's,
    when its own words give none and they name one other point of the plan that has one."""
    timed = {g.point.lower(): g.frequency for g in groups if g.point and (f := frequency(g.frequency or "")) and f.word}
    for g in groups:
        said = g.frequency or g.said
        if not said or ((f := frequency(said)) and f.word):
            continue
        named = {m.group(1).replace(" ", "").lower() for m in ANY_ID.finditer(said)} & timed.keys() - {g.point.lower()}
        if len(named) == 1:
            g.frequency = timed[named.pop()]


def _qualify_repeated(groups: list[PointGroup], sections: list[tuple[int, str]]) -> None:
    """A point id used again under another title row (`Т-1` of each division) named with its title,
    so that the points stay apart (`Локомотивное депо ТЧ-14 — Т-1`)."""
    def section_of(g: PointGroup) -> str:
        return next((title for row, title in reversed(sections) if row < g.first_row), "")

    seen: dict[str, set[str]] = {}
    for g in groups:
        if g.point:
            seen.setdefault(g.point, set()).add(section_of(g))
    for g in groups:
        if g.point and len(seen[g.point]) > 1 and (title := section_of(g)):
            g.point = f"{SECTION_NUMBER.sub('', title)} — {g.point}"


def _read_spread(
    ctx: Context,
    out: Collector,
    ti: int,
    table: Table,
    r: dict[str, int],
    spread: Spread,
    context: tuple[str, ...],
) -> None:
    """A plan with a column per point or per frequency: one obligation per point and frequency."""
    caption, *around = context or ("",)
    medium = words.first_label("MEDIUM_WORDS", [f"{caption} {' '.join(table.header)}", *around]) or _medium_listed(table, r)
    match_medium = "air" if medium == "flue_gas" else medium
    label = medium_label(medium, ctx.doc.language)
    for point, freq_text, found, first in spread_groups(table, spread, r, match_medium):
        number = None
        named = [] if spread.kind == "sources" or not point or POINT_ID.match(point) else sources_mentioned(point, leading=True)
        if point and (spread.kind == "sources" or point in spread.sources or (number := _source_row(point)) or named):
            how = method_of(cell(table, first, r.get("method")))  # under a source's column, or a source's row
            for one in [number] if number else named or [point]:  # `ИЗА 0001 – дымовая труба`
                measured_at_source(ctx, out, one, found, freq_text, how, ctx.row_provenance(ti, first))
            continue
        for one in listed if len(listed := points_listed(point or "")) > 1 else [point]:  # `Т-1, Т-2 – граница СЗЗ`
            out.add_obligation(plan_duty(ctx, label, one, freq_text, found, ctx.row_provenance(ti, first)))


def _source_row(point: str) -> str | None:
    """The source's number a matrix's row is named by (`0001 – дымовая труба котельной`), not a point's; None else."""
    m = re.match(r"^\s*(\d{4})(?!\d)(?:\s*$|\s*[–—-]\s)", point)
    return m.group(1) if m and source_type(m.group(1)) is not None else None


def _medium_listed(table: Table, r: dict[str, int]) -> str:
    """The medium of a plan's substances when no word says it: water when the water's list alone knows most of
    them (`pH`, `растворенный кислород`, `аммоний-ион`) and none is the air's alone; air otherwise."""
    col = r.get("substance")
    if col is None:
        return "air"
    cells = [t for row in range(len(table.rows)) if (t := own_cell(table, row, col)) and not is_blank(t)]
    known = [(_listed_in(t, "air") or bool(AIR_CODE.search(t)), _listed_in(t, "water")) for t in cells]
    air_only = sum(1 for air, water in known if air and not water)
    water_only = sum(1 for air, water in known if water and not air)
    both = sum(1 for air, water in known if air and water)
    return "waste_water" if water_only > both and not air_only else "air"


AIR_CODE = re.compile(r"\(\s*\d{4}\s*\)|(?<![\d.,])\d{4}(?:\s*[,;]\s*\d{4})+(?![\d.,])")
"""An air pollutant's code in brackets after its name (`азот диоксиді (0301)`), or a list of codes (`коды ЗВ:
0301, 0304`): the air's list."""


def _listed_in(text: str, medium: str) -> bool:
    return any(is_listed(s) for s, _ in substances_in(text, medium))


def plan_duty(
    ctx: Context,
    label: str,
    point: str | None,
    freq_text: str | None,
    found: list,
    prov: c.Provenance,
    actor: str | None = None,
) -> c.Obligation:
    """The monitoring duty of one point and frequency: what is measured there, how often, by whom."""
    freq = frequency(freq_text)
    names = ", ".join(raw for _, raw in found)
    where = f"{point} — " if point else ""
    return c.Obligation(
        id="",
        kind="monitoring",
        text=f"{label}: {where}{names}; {freq_text or ''}".strip(" ;"),
        actor=actor,
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        substances=tuple(dict.fromkeys(s for s, _ in found if not _hydraulic(s))),
        point=point or None,
        provenance=prov,
        language=ctx.doc.language,
    )


def _hydraulic(s: c.Substance) -> bool:
    """A name the lists do not know that measures water, not a substance in it (`Mực nước động, lưu lượng khai thác`,
    `Уровень воды, дебит`): the duty stays, with no substance."""
    if s.code or s.symbol or s.cas or not s.name:
        return False
    quantity = words.compiled("HYDRAULIC_QUANTITIES")
    parts = [p.strip() for p in re.split(r"[,;]|\s+и\s+|\s+và\s+|\s+and\s+", words.flat(s.name)) if p.strip()]
    return bool(parts) and all(quantity.match(p) for p in parts)


def medium_label(medium: str, language: str | None) -> str:
    """The environment's name in the document's language (Russian when the language has no data)."""
    code = language if language in ("ru", "kk", "vi", "en") else "ru"
    return getattr(words.data(code), "MEDIUM_LABELS", {}).get(medium) or medium


def _taken_out(text: str) -> bool:
    """A frequency cell that says the duty is no more (`исключается`, `Không thuộc đối tượng phải
    quan trắc`) and names no frequency at all."""
    f = frequency(text)
    return not (f and f.word) and bool(words.compiled("NOT_PLANNED").search(words.flat(text)))


def _is_note_row(texts: list[str]) -> bool:
    """A single text spanning the table: "мониторинг не предусмотрен, так как …"."""
    filled = [t for t in texts if t and not is_blank(t)]
    if len(filled) == 1 and len(filled[0]) > 60:
        return True
    return len(filled) == 1 and bool(words.compiled("NOT_PLANNED").search(words.flat(filled[0])))


ID_ALONE = re.compile(r"^\s*[^\W\d_]{1,4}[-–]?\d{1,3}[^\W\d_]?\s*$")
"""A cell that is a point's id written as one token (`GK1`, `КТ-2`), not a place's own number (`số 1`)."""


def _point_of(
    table: Table, row: int, r: dict[str, int], medium: str, found: list[tuple[c.Substance, str]]
) -> str | None:
    """The control point: its id (`т.1`, `Кт.2`, `KT1`) when it has one, else the point cell as written."""
    point_col = r.get("point")
    for k in words.columns_of(table, "point"):  # `Место отбора | № точки`: the cell that is an id alone
        text = cell(table, row, k)
        if text and SHORT_ID.match(text):
            return re.sub(r"\s+", "", text)
    candidates = [point_col, r.get("row_number")] + list(range(table.n_cols))
    for k in candidates:
        if k is None:
            continue
        # Through merges: an id cell (`KT1`) merged down over its substances names each of their rows.
        text = cell(table, row, k) if k != r.get("row_number") else own_cell(table, row, k)
        if not text:
            continue
        m = POINT_ID.match(text)
        if m and not (k == r.get("row_number") and re.fullmatch(r"№?\s*\d+\.?", text.strip())):
            return point_name(text, m)
        if k == point_col and (lead := DESCRIBED_ID.match(text)):
            return re.sub(r"\s+", "", lead.group(1))  # `ТҚ-1 – № 1 шығарылым`: its own id before another column's
    for k in [point_col, r.get("substance")]:
        text = cell(table, row, k) if k is not None else ""
        inside = POINT_INSIDE.search(text) if text else None
        if inside:
            return re.sub(r"\s+", "", inside.group(1))
    for k in range(table.n_cols):  # `Giếng khai thác số 1 | GK1`: a cell that is an id alone, before a place's own number
        text = own_cell(table, row, k) if k not in (r.get("substance"), r.get("unit"), r.get("row_number"), r.get("frequency")) else ""
        if text and ID_ALONE.match(text) and match_substance(text, medium=medium) is None:
            return re.sub(r"\s+", "", text)
    for k in range(table.n_cols):  # a short label naming the point (`Точка КТ-1`) in any cell of the row
        text = own_cell(table, row, k) if k not in (r.get("substance"), r.get("unit")) else ""
        if not text or len(text) > 24 or match_substance(text, medium=medium) is not None:
            continue  # `SO2` is a substance, not a point
        if inside := POINT_INSIDE.search(text) or END_ID.search(text) or HEAD_ID.match(text):
            return re.sub(r"\s+", "", inside.group(1))
    if point_col is not None and (lead := DESCRIBED_ID.match(cell(table, row, point_col))):
        return re.sub(r"\s+", "", lead.group(1))  # `ВП-2 – выпуск ливневых вод`: the id before its place
    if point_col is not None and (tail := DASHED_ID.search(cell(table, row, point_col))):
        return re.sub(r"\s+", "", tail.group(1))  # `Mùn khoan … – MK1`: the id after its place
    text = cell(table, row, point_col)
    if text and not is_blank(text):
        head = _before_substances(text, found)
        if head and match_substance(head, medium=medium) is None:
            return " ".join(head.split())
    return None




def _before_substances(text: str, found: list[tuple[c.Substance, str]]) -> str:
    """A point cell without the substances it may also list (`Граница СЗЗ: NO2, SO2` → `Граница СЗЗ`)."""
    first = min((text.find(raw) for _, raw in found if raw and raw in text), default=-1)
    head = text[:first] if first > 0 else text
    return re.sub(
        r"[\s:–—\-,;(]+$", "", re.split(r"(?i)\b(?:thông số|параметр\w*|вещества)\s*:", head)[0]
    ).strip()


NAME_CHARS = 60


def _overlap(found: list[tuple[c.Substance, str]], alt: list[tuple[c.Substance, str]]) -> bool:
    """Whether two lists read some words of a cell both (`железо` as iron in water and as its oxide in air)."""
    other = [raw.lower() for _, raw in alt]
    return any(a in b or b in a for a in (raw.lower() for _, raw in found) for b in other)


CODE_FIRST = re.compile(r"^\s*(\d{4})\s*[–—-]\s*[^\W\d_]")
"""A list item that opens with a pollutant's code before its name (`0150 – Натрий гидроксид`)."""


def _under_substance(table: Table, row: int, r: dict[str, int]) -> bool:
    """A row that names a point and leaves the substance blank (`| Т-1, Т-2 – граница СЗЗ | … | ежемесячно`):
    another place for the substance above."""
    if "substance" not in r or "point" not in r or is_blank(own_cell(table, row, r.get("frequency"))):
        return False  # `K2 | … | - | -`: a dash says nothing is measured there
    return not (own_cell(table, row, r["substance"]) or "").strip() and not is_blank(own_cell(table, row, r["point"]))


def _cell_substances(table: Table, row: int, r: dict[str, int], medium: str) -> list[tuple[c.Substance, str]]:
    col = r.get("substance", r.get("point"))
    text = own_cell(table, row, col)
    if text and not is_blank(text):
        tail = re.search(r"(?:^|[:;])\s*([\d\s,;]+)$", text)  # `0303; 0333`, `коды ЗВ: 0301, 0304`, `Параметры ГВС (…); 0303`
        items = [i for i in re.split(r"[;\n]", text) if i.strip()]
        if medium == "air" and len(items) > 1 and all(CODE_FIRST.match(i) for i in items) and len(coded := by_code(" ".join(CODE_FIRST.match(i).group(1) for i in items))) == len(items):
            return coded  # `3347 – Алкилбензолсульфокислота (ЛАБСК); 0150 – Натрий гидроксид`: each item by its code
        found = substances_in(text, medium) or (by_code(tail.group(1)) if medium == "air" and tail else [])
        if found:
            return list(dict.fromkeys(found))
    for k in range(table.n_cols):
        if k == col or k in (r.get("frequency"), r.get("method"), r.get("who")):
            continue
        other = own_cell(table, row, k)
        if other and not POINT_ID.match(other):
            m = match_substance(other, medium=medium)
            if m is not None and m.score >= 90:
                return [(substance(other, medium), other)]
    if "substance" in r and text and re.search(r"[^\W\d_]{3}", text) and len(text) <= NAME_CHARS and not frequency(text):
        return [(c.Substance(name=text), text)]  # a name the reference list does not know (not a sentence)
    return []


def _names_places(table: Table, col: int) -> bool:
    """Most filled cells of the column name a source or list points (`ИЗА 0001 – силовой привод`, `Граница СЗЗ,
    точки Т-1, Т-2`): the places measured, whatever its header calls them."""
    filled = [t for row in range(len(table.rows)) if not is_blank(t := own_cell(table, row, col))]
    placed = [
        t for t in filled if sources_mentioned(t, leading=True) or points_listed(t) or POINT_ID.match(t) or DESCRIBED_ID.match(t) or DASHED_ID.search(t)
    ]
    return len(placed) >= 2 and len(placed) * 2 > len(filled)


def _period_frequency_columns(table: Table) -> list[int]:
    """Frequency columns one per period (`в период строительства | в период эксплуатации`, `до начала
    работ | после завершения работ` under one `Периодичность контроля`), when two are."""
    under = [k for k in words.columns_of(table, "frequency") if len(table.header_parts[k]) > 1]
    cols = [k for k in under if words.label_of("PERIOD_WORDS", table.header_parts[k][-1])]
    if len(cols) < 2 and len(under) >= 2 and len({table.header_parts[k][:-1] for k in under}) == 1:
        cols = under  # the phases of works, each with its own frequency
    return cols if len(cols) >= 2 else []


def _regime_columns(table: Table, r: dict[str, int]) -> list[int]:
    """The frequency column and, beside it, the columns of another regime's frequencies (`Периодичность в обычном
    режиме | в период эпидемиологического неблагополучия`, `Tần suất thông thường | Khi có dịch bệnh`): cells of
    frequencies or of `без изменений`, one frequency at least; a duty at each."""
    col = r.get("frequency")
    if col is None:
        return []
    taken = set(r.values())
    unchanged = words.compiled("UNCHANGED_WORDS")
    out = [col]
    for k in range(table.n_cols):
        if k in taken:
            continue
        cells = [t for row in range(len(table.rows)) if not is_blank(t := own_cell(table, row, k))]
        if any((f := frequency(t)) and f.word for t in cells) and all(
            frequency(t) or unchanged.search(words.flat(t)) for t in cells
        ):  # `ежемесячно`, `02 lần/ngày`, `без изменений`
            out.append(k)
    return out if len(out) >= 2 else []


def _timed_segments(
    table: Table, row: int, r: dict[str, int], medium: str
) -> list[tuple[str, list[tuple[c.Substance, str]], str]]:
    """(frequency, substances, the medium they were found in) of each `substances – frequency` part of one cell, when a cell holds
    two such parts or more; with no column of substances, those of every cell of the row."""
    collected: list[tuple[str, list[tuple[c.Substance, str]], str]] = []
    for k in dict.fromkeys([r.get("substance"), r.get("frequency"), *range(table.n_cols)]):
        text = own_cell(table, row, k) if k is not None else ""
        parts = [p for p in re.split(r";\s*", text or "") if p.strip()]
        if len(parts) < 2 and "substance" in r and not (parts and SAID_FREQUENCY.search(parts[0])):
            continue
        timed = [(f, part[: f.start]) for part in parts if (f := frequency(part)) and f.word]
        if not timed:
            continue
        whole = " ; ".join(head for _, head in timed)  # the cell's medium by all its parts: `свинец` beside `сера диоксид` is in the air
        cell_fam = max((medium, "water", "air"), key=lambda m: len(substances_in(whole, m)))
        out = []
        for f, head in timed:
            fam, subs = max(((m, substances_in(head, m)) for m in dict.fromkeys((cell_fam, medium, "water", "air"))), key=lambda x: len(x[1]))
            if not subs and re.fullmatch(r"[\d\s,;]+[–—-]?\s*", head):
                fam, subs = "air", by_code(head)  # `0301, 0304, 0337 – 1 раз в квартал`: the pollutants by their codes
            if subs:
                out.append((f.raw, subs, fam))
        if "substance" not in r:
            collected.extend(out)  # `при газе: 0301 – ежеквартально | при мазуте: … – ежемесячно | АСМ: … – непрерывно`
        elif len(out) >= 2:
            return out
    return collected


def _frequency_headers(table: Table) -> dict[int, str]:
    """Columns whose header is a frequency (`Quan trắc tự động, liên tục`), worked out once per table."""
    return {k: header for k, header in enumerate(table.header) if (f := frequency(header)) and f.word}


def _row_frequency(
    table: Table,
    row: int,
    r: dict[str, int],
    lang: str | None = None,
    marked_under: dict[int, str] | None = None,
    dates_col: int | None = None,
) -> str | None:
    said = frequency(cell(table, row, r["frequency"])) if "frequency" in r else None
    if "per_year" in r and (n := count_per_year(cell(table, row, r["per_year"]))) and not (said and said.word):
        return words.per_year_text(lang, n)  # (`ежеквартально | 12`: how often in words, the samples of all parameters counted)
    if "frequency" not in r and (months := month_columns(table) or quarter_columns(table)) and (n := marks_per_year(table, row, months)):
        return words.per_year_text(lang, n)  # months marked `х` in a schedule; quarters dated (`I кв. | 17.02`) or marked
    col = r.get("frequency")
    for k in [col] + [k for k in range(table.n_cols) if k != col and k != r.get("nmu_frequency")]:
        if k is None:
            continue
        text = own_cell(table, row, k) if k != col else cell(table, row, k)
        f = frequency(text)
        if f and f.word:
            return text
    if (days := weekday_columns(table)) and (n := marks_per_year(table, row, days)):
        return words.per_year_text(lang, n, "week")  # `Пн | … | Вс` marked `+`: seven a week is daily, one weekly
    for k, header in (marked_under or {}).items():  # `Quan trắc tự động, liên tục | x`: marked under a frequency
        if MARK.match(own_cell(table, row, k) or ""):
            return header
    for k in [col] + [k for k in range(table.n_cols) if k != col]:
        if k is not None and (f := named_quarters(text := cell(table, row, k))) is not None:
            return words.per_year_text(lang, f.times)  # `II, IV кв.`: sampled in two quarters a year
    if dates_col is not None and (n := times_listed(cell(table, row, dates_col))):
        return words.per_year_text(lang, n)  # `Даты отбора проб в 2026 году | 15.02; 17.05; 22.08; 18.11`
    return None


def _limit_of(
    table: Table, row: int, r: dict[str, int], raw_substance: str, place: tuple[int, int] = (0, 1)
) -> str | None:
    """The limit cell's text: under the limit header, or right of the substance when the row is shifted.

    A cell that names several substances has its limits in the same order (`place`: the
    substance's index and how many the cell names), one per line or separated by spaces.
    """
    col = r.get("limit")
    if col is None:
        return None
    sub_col = next((k for k in range(table.n_cols) if own_cell(table, row, k) == raw_substance), None)
    if sub_col is not None and sub_col != r.get("substance"):
        col = sub_col + (col - r["substance"]) if "substance" in r else col
    text = own_cell(table, row, col)
    lines = [line for line in text.split("\n") if line.strip()]
    if (
        len(lines) > 1
    ):  # one line per substance in both cells: `рН / Хлориды / Сульфаты` against `6,5-8,5 / 350 / 500`
        names = [line for line in own_cell(table, row, r.get("substance")).split("\n") if line.strip()]
        at = next((k for k, name in enumerate(names) if raw_substance in name or name in raw_substance), None)
        text = lines[at] if len(names) == len(lines) and at is not None else ""
    elif place[1] > 1:
        tokens = re.split(r"\s*;\s*|\s+(?=[\d\-–—<])", text.strip())
        numeric = all(
            re.fullmatch(r"[<>≤]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?|[-–—]", t) for t in tokens
        )
        text = tokens[place[0]] if numeric and len(tokens) == place[1] else ""
    if is_blank(text) or frequency(text) or not re.match(r"\s*[<>≤≥]?\s*\d", text):
        return None
    return text


def _ids_joined(table: Table, r: dict[str, int]) -> tuple[Table, dict[str, int]]:
    """A column of codes before the places that holds their ids, not substances' (`Код | Источник / точка` over
    `0001 | Труба биофильтра`, `Т-1 | Граница СЗЗ`) while another column names the substances: each id written
    before its place (`0001 – Труба биофильтра`), as a source or a point is named."""
    k = r.get("substance_code")
    if "point" not in r or k is None or k != r["point"] - 1 or "substance" not in r:
        return table, r
    ids = [t for row in range(len(table.rows)) if not is_blank(t := own_cell(table, row, k))]
    if not ids or sum(1 for t in ids if sources_mentioned(t, leading=True) or POINT_ID.match(t)) * 4 < len(ids) * 3 or all(SOURCE_NUMBER.match(t) for t in ids):
        return table, r  # (codes of substances only, or sources alone: the readers' own business)
    rows = []
    for row in table.rows:
        cells = list(row)
        own, place = cells[k], cells[r["point"]]
        if own is not None and place is not None and own.text.strip() and not is_blank(own.text):
            cells[r["point"]] = replace(place, text=f"{own.text.strip()} – {place.text.strip()}")
        rows.append(tuple(cells))
    return replace(table, rows=tuple(rows)), {key: v for key, v in r.items() if key != "substance_code"}


def _id_column(table: Table, r: dict[str, int]) -> list[int]:
    """The column before the place that gives the points' ids (`Ký hiệu điểm | Vị trí` over `KT1 ÷ KT3 | Ống
    khói …`), when no role of the header claims it."""
    k = r["point"] - 1
    return [k] if k >= 0 and k not in r.values() and words.role_of(table.header[k]) is None else []
