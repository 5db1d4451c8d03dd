"""Environmental permits: Vietnam's Giấy phép môi trường, Kazakhstan's разрешение на эмиссии and
комплексное экологическое разрешение (КЭР).

A permit's tables (limits, monitoring, hazardous wastes, emission norms) are read by the table
readers like any other. What the permit adds in its text:

- who issued it (the body's line above the title) and its term (`Thời hạn của giấy phép: 07 năm,
  từ ngày … đến ngày …`, `Срок действия: с … по …`);
- its facility, from `label: value` lines (`Tên chủ cơ sở:`, `Mã số doanh nghiệp:`, `БИН:`,
  `Наименование объекта:`), joined with what a facility table gave;
- its duties, read as a regulation's provisions (articles, numbered clauses, annexes) and from its
  tables of conditions (`№ | Экологическое условие | Основание | Срок`);
- limits derived from a standard: a table of the standard's C values under `QCVN 40:2011/BTNMT,
  cột B với Kq = 0,9; Kf = 1,0` becomes Cmax = C × Kq × Kf, and `basis` says so; values the
  permit sets itself are kept as they are;
- discharge points given in VN-2000 metres, converted to WGS 84;
- the duty to apply for a new permit before the term ends, with the lead time the text states.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from importlib import import_module
from types import ModuleType

from extractor import contract as c
from extractor.columns import role_of
from extractor.context import Collector, Context, is_text
from extractor.extractors import regulation
from extractor.extractors.conditions import add_condition_tables
from extractor.model import BlockKind
from extractor.nlp.dates import find_dates
from extractor.nlp.numbers import parse_number
from extractor.nlp.vn2000 import vn2000_points
from extractor.tables.cards import FACILITY_FIELDS
from extractor.tables.facility import facility_from_fields

LANGUAGES = ("ru", "kk", "vi")
HEAD_BLOCKS = 12
"""How many blocks at the top are searched for the issuer."""


@cache
def data(code: str) -> ModuleType | None:
    if code not in LANGUAGES:
        return None
    return import_module(f"extractor.nlp.lang.permit_{code}")


def words(name: str, code: str | None = None) -> tuple[str, ...]:
    out: list[str] = []
    for lang in [code] if code in LANGUAGES else list(LANGUAGES):
        module = data(lang)
        out.extend(getattr(module, name, ()) if module else ())
    return tuple(out)


def extract(ctx: Context, out: Collector) -> None:
    regulation.extract(ctx, out)
    add_condition_tables(ctx, out)
    facility_from_text(ctx, out)
    out.document_fields.update(terms(ctx))
    derived_limits(ctx, out)
    discharge_points(ctx, out)
    renewal(ctx, out)


# ------------------------------------------------------------------ issuer and term


def terms(ctx: Context) -> dict[str, str | None]:
    """`issuer`, `valid_from`, `valid_to` of the document, and its date of issue when the heading gave none."""
    issued = ctx.classification.date or date_of_issue(ctx)
    valid_from, valid_to = validity(ctx, issued)
    out = {"issuer": issuer(ctx), "valid_from": valid_from, "valid_to": valid_to}
    if issued and not ctx.classification.date:
        out["date"] = issued
    return out


def date_of_issue(ctx: Context) -> str | None:
    """The date after a label of issue (`Дата выдачи:`, `Берілген күні:`)."""
    label = re.compile("|".join(f"(?:{p})" for p in words("DATE_LABELS")), re.IGNORECASE)
    for block in ctx.doc.blocks[:40]:
        m = label.search(block.text) if is_text(block) else None
        if m and (dates := find_dates(block.text[m.end() : m.end() + 60])):
            return dates[0].iso
    return None


def issuer(ctx: Context) -> str | None:
    """The last line of an issuing body above the title (`ỦY BAN NHÂN DÂN TỈNH …`, `Департамент экологии …`)."""
    pattern = re.compile("|".join(f"(?:{p})" for p in words("ISSUER")), re.IGNORECASE)
    found = None
    for block in ctx.doc.blocks[:HEAD_BLOCKS]:
        if block.kind == BlockKind.HEADING or block.table is not None:
            break
        text = " ".join(block.text.split())
        if 3 <= len(text) <= 160 and pattern.search(text) and not re.search(r"\d{2}[./]\d{2}|:\s", text):
            found = text
    return found


def validity(ctx: Context, issued: str | None) -> tuple[str | None, str | None]:
    """The term: two dates in the sentence that names it, or one date and a number of years."""
    opener = re.compile("|".join(f"(?:{p})" for p in words("VALIDITY")), re.IGNORECASE)
    for block in ctx.doc.blocks:
        if not is_text(block):
            continue
        m = opener.search(block.text)
        if not m:
            continue
        sentence = block.text[m.start() : m.start() + 400]
        dates = find_dates(sentence)
        if len(dates) >= 2:
            return dates[0].iso, dates[1].iso
        years = next(
            (int(y.group("years")) for p in words("TERM_YEARS") if (y := re.search(p, sentence, re.I))), None
        )
        start = dates[0].iso if dates else issued
        if years and start:
            begin = date.fromisoformat(start)
            return start, (_add_years(begin, years) - timedelta(days=1)).isoformat()
        if len(dates) == 1:
            return None, dates[0].iso
    return None, None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# ------------------------------------------------------------------ facility


def facility_from_text(ctx: Context, out: Collector) -> None:
    """The facility from `label: value` lines; joined with a facility a table gave."""
    fields: dict[str, str] = {}
    first = None
    for i, block in enumerate(ctx.doc.blocks):
        if not is_text(block) or len(block.text) > 400:
            continue
        for pattern in words("FACILITY_LABEL", ctx.doc.language):
            m = re.match(pattern, block.text.strip())
            if not m:
                continue
            role = role_of(m.group("label"))
            if role in FACILITY_FIELDS and role not in fields:
                fields[role] = m.group("value").strip().rstrip(".;")
                first = i if first is None else first
            break
    if not fields:
        return
    found = facility_from_fields(fields, " ".join(fields.values()), ctx.block_provenance(first or 0))
    if out.facilities:
        old = out.facilities[0]
        merged = {k: getattr(old, k) if getattr(old, k) is not None else getattr(found, k) for k in _FIELDS}
        out.facilities[0] = replace(old, **merged)
    else:
        out.facilities.append(found)


_FIELDS = ("name", "operator", "bin", "kato", "oked", "address", "lat", "lon", "category", "capacity")


# ------------------------------------------------------------------ limits derived from a standard


def derived_limits(ctx: Context, out: Collector) -> None:
    """Cmax = C × K1 × K2 for the limits of a table that gives a standard's column C under a sentence
    naming the standard, its column and the coefficients; `basis` says how."""
    patterns = [re.compile(p, re.IGNORECASE) for p in words("BASIS")]
    if not patterns:
        return
    exempt = set(words("NOT_MULTIPLIED"))
    for ti, bi, table in ctx.tables():
        before = " ".join(b.text for b in ctx.doc.blocks[max(0, bi - 3) : bi] if is_text(b))
        m = next((m for p in patterns if (m := p.search(before))), None)
        if m is None or not any(_gives_c(h) for h in table.header):
            continue
        k1, k2 = parse_number(m.group("k1"), "vi"), parse_number(m.group("k2"), "vi")
        if k1 is None or k2 is None:
            continue
        standard = " ".join(m.group("standard").split())
        basis = f"{standard} {m.group('column')} × K{m.group('k1name')} {m.group('k1')} × K{m.group('k2name')} {m.group('k2')}"
        for n, limit in enumerate(out.limits):
            if limit.provenance.table != ti:
                continue
            if limit.substance.symbol in exempt:
                out.limits[n] = replace(limit, basis=standard + f" {m.group('column')}")
                continue
            out.limits[n] = replace(
                limit,
                limit=_times(limit.limit, k1 * k2),
                limit_min=_times(limit.limit_min, k1 * k2),
                limit_max=_times(limit.limit_max, k1 * k2),
                column=limit.column or m.group("column"),
                basis=basis,
            )


def _gives_c(header: str) -> bool:
    """A header of the standard's value C (`Giá trị C`, `cột B`), not the permit's own maximum (`Cmax`)."""
    low = header.lower()
    return bool(re.search(r"\bc\b|cột|qcvn", low)) and "cmax" not in low and "cho phép" not in low


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else round(value * factor, 9)


# ------------------------------------------------------------------ discharge points


def discharge_points(ctx: Context, out: Collector) -> None:
    """Points written in VN-2000 metres (`X = 2310456; Y = 550123 (VN-2000, kinh tuyến trục 106°00', múi chiếu 3°)`)."""
    for i, block in enumerate(ctx.doc.blocks):
        if not is_text(block) or "2000" not in block.text:
            continue
        for point in vn2000_points(block.text):
            out.points.append(
                c.Point(
                    name=_point_name(block.text, point.start),
                    lat=round(point.lat, 7),
                    lon=round(point.lon, 7),
                    x=point.x,
                    y=point.y,
                    crs=point.crs,
                    provenance=ctx.block_provenance(i),
                )
            )


def _point_name(text: str, pos: int) -> str | None:
    head = re.sub(r"^\s*\d+(?:\.\d+)*[.)]\s*", "", text[:pos])
    head = re.split(r"[,;(]|\btọa độ\b|\bкоординат", head, maxsplit=1)[0]
    return " ".join(head.split()).strip(" :-–") or None


# ------------------------------------------------------------------ renewal


def renewal(ctx: Context, out: Collector) -> None:
    """The duty to apply for a new permit before the term ends, due the lead time before it (when stated)."""
    valid_to = out.document_fields.get("valid_to")
    code = ctx.doc.language if ctx.doc.language in LANGUAGES else "ru"
    template = getattr(data(code), "RENEWAL_TEXT", None)
    if not valid_to or not template:
        return
    due = date.fromisoformat(valid_to)
    lead = None
    for pattern in words("RENEWAL_LEAD"):
        m = re.search(pattern, ctx.full_text, re.IGNORECASE)
        if m:
            lead = m.group(0)
            n = int(m.group("n"))
            due -= (
                timedelta(days=30 * n)
                if re.match(r"ай|месяц|tháng", m.group("unit"), re.I)
                else timedelta(days=n)
            )
            break
    text = template.format(date=valid_to) + (f"; {lead}" if lead else "")
    out.add_obligation(
        c.Obligation(
            id="",
            kind="requirement",
            text=text,
            frequency="once",
            deadline=lead,
            due_dates=(due.isoformat(),),
            language=ctx.doc.language,
        )
    )
