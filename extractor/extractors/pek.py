"""ПЭК programmes: what the text holds beside the tables — the duties written in it
(reports, notices, the list after "обязан"), wastes listed in the text, the facility
from the title page when no table gives it.

Tables are read for every kind by the table readers (`extractor.tables`); when a text
dump has lost a table's grid, the section under its caption is read as text
(`pek_text`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from extractor import contract as c
from extractor.context import Collector, Context, clean_name, substance
from extractor.extractors import pek_text
from extractor.model import BlockKind
from extractor.nlp import deontic
from extractor.nlp.deadlines import find_deadline
from extractor.nlp.frequency import find_frequency
from extractor.nlp.identifiers import find_bins
from extractor.nlp.pipeline import entities
from extractor.tables.facility import category_and_capacity, joined_cards, operator_of

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


READ_AS = {"key_value": "facility", "counts": "source_counts"}
"""What a reader's table stands for among the sections a text dump may have lost."""


def extract(ctx: Context, out: Collector) -> None:
    found = {READ_AS.get(r.reader or "", r.reader) for r in out.table_roles.values()}
    pek_text.read_lost_tables(ctx, out, found, out.source_records)
    waste_list(ctx, out)
    text_duties(ctx, out)
    if not out.facilities:
        facility_from_text(ctx, out)
    operator_from_title(ctx, out)


def operator_from_title(ctx: Context, out: Collector) -> None:
    """A facility whose table names no organisation gets the one on the title page (`ТОО «…»`); an
    operator's card and its object's card are joined first, so the object takes its operator's name."""
    out.facilities[:] = joined_cards(out.facilities)
    if all(f.operator for f in out.facilities):
        return
    head = "\n".join(b.text for b in ctx.doc.blocks[:30] if b.kind != BlockKind.TABLE)
    operator = operator_of(head)
    if operator:
        out.facilities[:] = [f if f.operator else replace(f, operator=operator) for f in out.facilities]


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
    if marker and not (listed or is_report) and deontic.data(block.language) is not None and deontic.modality(text, block.language) is None:
        return  # `cơ sở không thuộc đối tượng phải quan trắc …`: the marker negated, an exemption, no duty
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
