"""ПЭК programmes: facility, wastes, sources and pollutants, monitoring plans,
internal inspections, and the duties written in the text (reports, notices,
the list after "обязан").

Tables are read by their purpose (pek_tables); when a text dump has lost a
table's grid, the section under its caption is read as text (pek_text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from extractor import contract as c
from extractor.extractors import pek_tables as pt
from extractor.extractors import pek_text
from extractor.extractors.common import Collector, Context, cell, clean_name, is_blank, roles, substance
from extractor.model import BlockKind, Table
from extractor.nlp.coordinates import parse_coordinates
from extractor.nlp.deadlines import find_deadline
from extractor.nlp.frequency import find_frequency
from extractor.nlp.identifiers import find_bins, is_kato, is_valid_bin, normalise_oked
from extractor.nlp.pipeline import entities
from extractor.nlp.wastes import normalise_waste_code

CATEGORY = re.compile(
    r"\b(IV|I{1,3}|[1-4])\s*(?:-?\s*(?:я|й|ой|ая))?\s*(?:категори|санат)"
    r"|(?:категори\w*|санат\w*)\s*[:\-–]?\s*(IV|I{1,3}|[1-4])\b",
    re.I,
)
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
ORGANISATION = re.compile(
    r"\b(ТОО|АО|АҚ|ЖШС|ГКП|РГП|КГП|ГУ|ИП|LLP|JSC|LLC|Công ty)[ \t\u00a0]*"
    r"(?:на\s+(?:ПХВ|праве\s+хозяйственного\s+ведения)[ \t\u00a0]*)?[«\"„“]([^»\"”\n]{2,80})[»\"”]"
)
ORGANISATION_AFTER = re.compile(r"[«\"„“]([^»\"”\n]{2,80})[»\"”][ \t\u00a0]*(ЖШС|АҚ|ЖК|МКК|ШҚ|LLP|JSC)\b")
"""Kazakh writes the legal form after the name: `«Батыс Мұнай Сервис» ЖШС`."""
REPORT_WORDS = re.compile(r"отч[её]т|отчетност|есеп|báo cáo|сообща|уведом|информир|хабарла|thông báo", re.I)
DUTY_LEAD = re.compile(r"(обязан[ыа]?|должн[ыао]?|міндетті|тиіс|phải|có trách nhiệm)\s*:\s*$", re.I)
DEONTIC = re.compile(
    r"\b(обязан[ыа]?|должн[ыао]?|необходимо|следует|запрещается|не допускается|вправе|имеют право|имеет право"
    r"|міндетті|тиіс|тыйым салынады|құқылы|phải|không được|nghiêm cấm|có trách nhiệm)\b",
    re.I,
)
PROHIBITION = re.compile(r"запрещ|не допускается|тыйым|không được|nghiêm cấm|cấm", re.I)
PERMISSION = re.compile(r"вправе|имеют? право|құқылы|có quyền", re.I)
WASTE_LIST_LEAD = re.compile(
    r"образу\w+ следующие виды отходов|виды отходов|қалдықтардың түрлері|loại chất thải", re.I
)


def extract(ctx: Context, out: Collector) -> None:
    records: dict[str, pt.SourceRecord] = {}
    counts: dict[str, int] = {}
    counts_prov = c.Provenance()
    purposes: set[str] = set()
    for ti, bi, table in ctx.tables():
        purpose = pt.table_purpose(table)
        if purpose:
            purposes.add(purpose)
        if purpose == "facility":
            read_facility(ctx, out, ti, table)
        elif purpose == "wastes":
            read_wastes(ctx, out, ti, table)
        elif purpose == "sources":
            pt.read_sources(ctx, out, ti, table, records)
        elif purpose == "source_counts":
            counts, counts_prov = pt.read_counts(table), ctx.block_provenance(bi)
        elif purpose == "monitoring":
            pt.read_monitoring(ctx, out, ti, table)
        elif purpose == "inspections":
            pt.read_inspections(ctx, out, ti, table)
    pek_text.read_lost_tables(ctx, out, purposes, records)
    out.sources.extend(r.source for r in records.values())
    pt.source_obligations(ctx, out, records)
    if counts:
        pt.check_counts(out, counts, records, counts_prov)
    waste_list(ctx, out)
    text_duties(ctx, out)
    if not out.facilities:
        facility_from_text(ctx, out)
    operator_from_title(ctx, out)


def operator_from_title(ctx: Context, out: Collector) -> None:
    """A facility whose table names no organisation gets the one on the title page (`ТОО «…»`)."""
    if all(f.operator for f in out.facilities):
        return
    head = "\n".join(b.text for b in ctx.doc.blocks[:30] if b.kind != BlockKind.TABLE)
    operator = operator_of(head)
    if operator:
        out.facilities[:] = [f if f.operator else replace(f, operator=operator) for f in out.facilities]


# ------------------------------------------------------------------ facility


def read_facility(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    r = roles(table)
    for row in range(len(table.rows)):
        texts = [cell(table, row, k) for k in range(table.n_cols)]
        if not any(texts):
            continue
        out.facilities.append(facility_from_cells(r, texts, ctx.row_provenance(ti, row)))


def facility_from_cells(r: dict[str, int], texts: list[str], prov: c.Provenance) -> c.Facility:
    def get(role: str) -> str:
        return texts[r[role]] if role in r and r[role] < len(texts) else ""

    row_text = " ".join(texts)
    bin_value = re.sub(r"\D", "", get("bin"))
    if not is_valid_bin(bin_value):
        found = find_bins(row_text)
        bin_value = found[0].value if found else None
    kato = re.sub(r"\D", "", get("kato"))
    oked = normalise_oked(get("oked")) if get("oked") else None
    where = get("coordinates")
    coords = parse_coordinates(where) if where else None
    category, capacity = category_and_capacity(get("category") or row_text)
    if category is None:
        category = bare_category(get("category"))
    name = clean_name(get("site") or get("name")) or None
    return c.Facility(
        name=name,
        operator=operator_of(get("requisites") or name or ""),
        bin=bin_value or None,
        kato=kato if is_kato(kato) else None,
        oked=oked,
        address=None if coords or not where else clean_name(where),
        lat=coords[0] if coords else None,
        lon=coords[1] if coords else None,
        category=category,
        capacity=get("capacity") or capacity,
        provenance=prov,
    )


def category_and_capacity(text: str) -> tuple[str | None, str | None]:
    """`I категория 5500 000 тонн/год` → (`I`, `5500 000 тонн/год`); `2 категория` → (`II`, None)."""
    m = CATEGORY.search(text or "")
    if not m:
        return None, None
    value = (m.group(1) or m.group(2)).upper()
    after = re.sub(r"^[^\W\d_]*", "", text[m.end() :])  # the rest of a cut word: `категори|я`, `санат|ы`
    rest = clean_name(text[: m.start()] + " " + after)
    return ROMAN.get(value, value), rest if re.search(r"\d", rest or "") else None


def bare_category(text: str) -> str | None:
    """A category cell that holds the category alone: `III`, `2`, `II (вторая)`."""
    m = re.match(r"^\s*(IV|I{1,3}|[1-4])(?![\w.,])", text or "")
    return ROMAN.get(m.group(1), m.group(1)) if m else None


def operator_of(text: str) -> str | None:
    before, after = ORGANISATION.search(text), ORGANISATION_AFTER.search(text)
    if after and (before is None or after.start() < before.start()):
        return f"«{after.group(1).strip()}» {after.group(2)}"
    return f"{before.group(1)} «{before.group(2).strip()}»" if before else None


def facility_from_text(ctx: Context, out: Collector) -> None:
    """No facility table: the BIN and category written in the text."""
    text = ctx.full_text
    bins = find_bins(text)
    category, _ = category_and_capacity(text)
    if not bins and not category:
        return
    out.facilities.append(
        c.Facility(
            name=ctx.classification.title,
            operator=operator_of(text),
            bin=bins[0].value if bins else None,
            category=category,
        )
    )


# ------------------------------------------------------------------ wastes


def read_wastes(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    """One waste per row; the fractions listed under a group row ("- бумага …") are wastes of their own."""
    r = roles(table)
    if "waste_code" not in r:
        found = waste_code_column(table, r)
        if found is not None:
            r = {**r, "waste_code": found}
    group_operation = None
    for row in range(len(table.rows)):
        name = cell(table, row, r.get("waste_name"))
        raw_code = cell(table, row, r.get("waste_code"))
        operation = cell(table, row, r.get("operation"))
        number_cell = cell(table, row, r.get("row_number")) if "row_number" in r else ""
        if is_blank(name) and is_blank(raw_code):
            continue
        if number_cell or not name.lstrip().startswith(("-", "–", "—", "•")):
            group_operation = operation or None
        elif is_blank(operation):
            operation = group_operation or ""
        add_waste(out, name, raw_code, operation, ctx.row_provenance(ti, row))


def waste_code_column(table: Table, r: dict[str, int]) -> int | None:
    """The column of waste codes when its header does not say so (`Код`, `Шифр`): most of its cells are codes."""
    taken = {v for k, v in r.items() if k != "name"}
    best, best_hits = None, 0
    for k in range(table.n_cols):
        if k in taken:
            continue
        texts = [cell(table, row, k) for row in range(len(table.rows))]
        filled = [t for t in texts if not is_blank(t)]
        hits = sum(1 for t in filled if normalise_waste_code(t) is not None)
        if filled and hits * 2 > len(filled) and hits > best_hits:
            best, best_hits = k, hits
    return best


def add_waste(out: Collector, name: str, raw_code: str, operation: str, prov: c.Provenance) -> None:
    code = normalise_waste_code(raw_code) if not is_blank(raw_code) else None
    if code is not None:
        for w in code.warnings:
            out.warn("waste_code", w, prov)
    name = clean_name(re.sub(r"^[\s\-–—•]+", "", name)) or None
    if code is None and name and name.endswith(":"):
        return  # a group row whose fractions follow
    waste = c.Waste(
        code=code.code if code else None,
        hazardous=code.hazardous if code else None,
        name=name,
        operation=clean_name(operation) or None,
        provenance=prov,
    )
    out.wastes.append(waste)
    if waste.operation:
        label = f"{waste.name} ({waste.code})" if waste.code else waste.name
        out.add_obligation(
            c.Obligation(id="", kind="waste", text=f"{label}: {waste.operation}", provenance=prov)
        )


def waste_list(ctx: Context, out: Collector) -> None:
    """Wastes named in a numbered list in the text ("образуются следующие виды отходов: 1. …")."""
    blocks = ctx.doc.blocks
    for i, block in enumerate(blocks):
        if block.kind == BlockKind.TABLE or not WASTE_LIST_LEAD.search(block.text):
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == BlockKind.LIST_ITEM:
            name = clean_name(blocks[j].text)
            known = [w.name or "" for w in out.wastes]
            if name and not any(fuzz.token_set_ratio(name.lower(), k.lower()) >= 80 for k in known):
                out.wastes.append(c.Waste(name=name, provenance=ctx.block_provenance(j)))
            j += 1


# ------------------------------------------------------------------ text duties


def text_duties(ctx: Context, out: Collector) -> None:
    """Reports and notices with their deadlines, the duties listed after "обязан:", other must/must-not sentences."""
    blocks = ctx.doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            i += 1
            continue
        lead = DUTY_LEAD.search(block.text)
        if lead:
            actor = actor_before(block.text[: lead.start()])
            items = duty_list(blocks, i + 1)
            for j in items:
                add_duty(ctx, out, j, sentences(blocks[j].text)[0], actor, listed=True)
            i = (items[-1] if items else i) + 1
            continue
        for k, sentence in enumerate(sentences(block.text)):
            add_duty(ctx, out, i, sentence, None, listed=False, numbered=k == 0)
        i += 1


def duty_list(blocks, start: int) -> list[int]:
    """The list items under a lead-in: same numbering style, until it changes or starts again at 1."""
    out: list[int] = []
    style = None
    for j in range(start, len(blocks)):
        b = blocks[j]
        if b.kind != BlockKind.LIST_ITEM:
            break
        s = _style(b.number)
        if style is None:
            style = s
        elif s != style or (out and b.label in ("1", "а", "a")):
            break
        out.append(j)
    return out


def _style(number: str | None) -> str:
    if not number:
        return "bullet"
    return re.sub(r"\d+", "9", re.sub(r"[a-zа-яё]", "a", number.lower()))


def add_duty(
    ctx: Context,
    out: Collector,
    i: int,
    text: str,
    lead_actor: str | None,
    listed: bool,
    numbered: bool = True,
) -> None:
    block = ctx.doc.blocks[i]
    freq = find_frequency(text)
    deadline = find_deadline(text)
    is_report = bool(REPORT_WORDS.search(text)) and bool((freq and freq.word) or deadline)
    marker = DEONTIC.search(text)
    if not (listed or is_report or marker):
        return
    kind = "reporting" if is_report or (listed and REPORT_WORDS.search(text)) else "requirement"
    modality = "must_not" if PROHIBITION.search(text) else "may" if PERMISSION.search(text) else "must"
    if kind == "requirement" and modality == "must_not":
        kind = "prohibition"
    mentioned = entities(text, block.language or "ru")
    out.add_obligation(
        c.Obligation(
            id="",
            kind=kind,
            text=text,
            modality=modality,
            substances=tuple(dict.fromkeys(substance(e.text) for e in mentioned if e.label == "SUBSTANCE")),
            source_numbers=tuple(
                dict.fromkeys(re.sub(r"\D", "", e.text)[-4:] for e in mentioned if e.label == "SOURCE")
            ),
            number=block.label if block.kind == BlockKind.LIST_ITEM and numbered else None,
            actor=lead_actor if listed else (actor_before(text[: marker.start()]) if marker else None),
            frequency=freq.word if freq else None,
            rrule=freq.rrule if freq else None,
            deadline=deadline.raw if deadline else None,
            legal_refs=ctx.legal_refs(text),
            provenance=ctx.block_provenance(i),
            language=block.language,
        )
    )


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІĐ])")


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a full stop after an abbreviation ("ст.", "п.") does not end one."""
    parts = SENTENCE_END.split(text)
    out: list[str] = []
    for part in parts:
        if out and re.search(r"\b(ст|п|пп|ч|им|г|т\.е|др|см|ул|обл|р)\.$", out[-1], re.I):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


ACTOR_NOUNS = re.compile(
    r"\b(оператор\w*|природопользовател\w*|лаборатори\w*|предприяти\w*|организаци\w*|инициатор\w*|заказчик\w*"
    r"|исполнител\w*|работник\w*|служб\w*|руководител\w*|владел\w*|операторы|пайдаланушы\w*|cơ sở|chủ dự án)",
    re.I,
)


def actor_before(text: str) -> str | None:
    """The subject before the duty word: "При проведении ПЭК оператор объекта обязан" → "оператор объекта"."""
    found = list(ACTOR_NOUNS.finditer(text))
    if not found:
        return None
    actor = clean_name(text[found[-1].start() :])
    return actor if 0 < len(actor.split()) <= 10 else None
