"""The numbered requirements after «Выводы»: one requirement per top-level item, its actor and modality."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    clean_name,
    frequency,
    is_text,
)
from extractor.extractors.scoping.stream import sentence_before
from extractor.extractors.scoping.words import _CAPITAL, ITEM_PREFIX, _all, _rx, _words, table
from extractor.model import Block, BlockKind
from extractor.nlp.deadlines import find_deadline


@dataclass(frozen=True)
class Item:
    """A requirement: its number (None for the introduction), its blocks and its joined text."""

    number: str | None
    blocks: tuple[int, ...]
    text: str


def item_number(block: Block) -> tuple[str | None, str | None]:
    """The number of a numbered block and its style (`.` or `)`), from the parser or typed in the text."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING) and block.label and block.label.isdigit():
        return block.label, ")" if (block.number or "").rstrip().endswith(")") else "."
    if block.kind == BlockKind.PARAGRAPH and block.number is None:
        m = ITEM_PREFIX.match(block.text)
        if m and not re.match(r"\s*\d", block.text[m.end() :]):
            return m.group("n"), m.group("p")
    return None, None


def item_text(block: Block) -> str:
    """An item block's text without a number typed into it and without stray leading dots."""
    text = block.text
    m = ITEM_PREFIX.match(text) if block.number is None else None
    if m and block.kind == BlockKind.PARAGRAPH:
        text = text[m.end() :]
    return " ".join(text.split()).lstrip(". ")


def continuation_text(block: Block) -> str:
    """A block that continues an item, with its own number kept (`1) риска для вод…`)."""
    text = (
        f"{block.number} {block.text}" if block.kind == BlockKind.LIST_ITEM and block.number else block.text
    )
    return " ".join(text.split())


def is_signature(block: Block) -> bool:
    """A short line opening with a position or "Исп.": the signature under the list."""
    text = block.text.strip()
    return _words(text) <= 14 and bool(re.match(_all(table("SIGNATURE")), text, re.IGNORECASE))


def is_section_heading(block: Block) -> bool:
    """A short heading without a number (an appendix, a new part): the list is over."""
    return block.kind == BlockKind.HEADING and block.number is None and _words(block.text) <= 12


def conclusions_start(blocks: tuple[Block, ...]) -> int | None:
    """The block that opens the conclusions ("Выводы"), when a numbered item 1 follows it."""
    pattern = re.compile(rf"^\s*{_all(table('CONCLUSIONS'))}(?![^\W_])", re.IGNORECASE)
    for i, block in enumerate(blocks):
        if (
            is_text(block)
            and pattern.match(block.text)
            and any(item_number(b)[0] == "1" for b in blocks[i : i + 12])
        ):
            return i
    return None


def last_list_start(blocks: tuple[Block, ...]) -> int | None:
    """Without a "Выводы" heading: the last numbered list 1, 2, … whose items mostly oblige."""
    for i in range(len(blocks) - 1, -1, -1):
        if item_number(blocks[i])[0] != "1":
            continue
        _, items = numbered_items(blocks, i)
        obliging = sum(
            1 for item in items if _rx("MUST").search(item.text) or _rx("MUST_NOT").search(item.text)
        )
        if len(items) >= 2 and obliging * 2 > len(items):
            return i
    return None


def numbered_items(blocks: tuple[Block, ...], start: int) -> tuple[Item | None, list[Item]]:
    """The introduction and the top-level items from `start` on, each with its continuation blocks.

    Items are numbered 1, 2, 3 … in one style and at one level; anything
    else (sub-items `1)`, an inner list, plain paragraphs) continues the item
    above it. The list ends at the signature or at a new section heading.
    """
    intro: list[tuple[int, str]] = []
    items: list[tuple[str, list[tuple[int, str]]]] = []
    style: str | None = None
    level: int | None = None
    for i in range(start, len(blocks)):
        block = blocks[i]
        if not is_text(block) or not block.text.strip():
            continue
        if items and (is_signature(block) or is_section_heading(block)):
            break
        number, punct = item_number(block)
        same_level = level is None or block.level is None or block.level == level
        if number == str(len(items) + 1) and style in (None, punct) and same_level:
            style = punct
            level = block.level if block.kind == BlockKind.LIST_ITEM else level
            items.append((number, [(i, item_text(block))]))
        else:
            (items[-1][1] if items else intro).append((i, continuation_text(block)))
    items_out = [Item(n, tuple(i for i, _ in parts), " ".join(t for _, t in parts)) for n, parts in items]
    return _intro(intro), items_out


def _intro(parts: list[tuple[int, str]]) -> Item | None:
    """The conclusion before the list ("…необходимо проведение оценки…"), without heading and lead-in."""
    if not parts:
        return None
    text = " ".join(t for _, t in parts)
    text = re.sub(rf"^\s*{_all(table('CONCLUSIONS'))}(?![^\W_])\s*[:.]?\s*", "", text, flags=re.IGNORECASE)
    sentences = re.split(rf"(?<=[.!?])\s+(?=[{_CAPITAL}])", text)
    kept = [s for s in sentences if s.strip() and not s.rstrip().endswith(":") and _rx("MUST").search(s)]
    return Item(None, tuple(i for i, _ in parts), " ".join(kept)) if kept else None


def modality(text: str) -> str:
    """`must_not` when a prohibition comes before any positive obligation word."""
    neg = _rx("MUST_NOT").search(text)
    pos = _rx("MUST").search(text)
    return "must_not" if neg and (pos is None or neg.start() <= pos.start()) else "must"


def actor(text: str, lang_code: str | None) -> str:
    """Who must act: a body named before the first obligation word of its sentence, else the initiator."""
    pos = _rx("MUST").search(text)
    if pos is not None:
        sentence = sentence_before(text, pos.start())
        named = [
            m
            for m in re.finditer(rf"(?<![^\W_]){_all(table('ACTORS'))}", sentence, re.IGNORECASE)
            if not _after_preposition(sentence, m.start())
        ]
        if named:
            return clean_name(named[-1].group(0))
    return table("DEFAULT_ACTOR").get(lang_code or "", table("DEFAULT_ACTOR")["ru"])


def _after_preposition(text: str, pos: int) -> bool:
    words = text[:pos].split()
    return bool(words) and words[-1].lower() in {p for ps in table("PREPOSITIONS").values() for p in ps}


def requirement(ctx: Context, item: Item) -> c.Obligation:
    first = ctx.doc.blocks[item.blocks[0]]
    lang_code = first.language or ctx.doc.language
    freq = frequency(item.text)
    deadline = find_deadline(item.text)
    return c.Obligation(
        id="",
        kind="requirement",
        text=item.text,
        modality=modality(item.text),
        number=item.number,
        actor=actor(item.text, lang_code),
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        deadline=deadline.raw if deadline else None,
        legal_refs=ctx.legal_refs(item.text),
        provenance=ctx.block_provenance(item.blocks[0]),
        language=lang_code,
    )


def requirements(ctx: Context, start: int | None, out: Collector) -> None:
    """One requirement per top-level numbered item of the conclusions, plus the introduction (unnumbered)."""
    if start is None:
        return
    intro, items = numbered_items(ctx.doc.blocks, start)
    for item in ([intro] if intro else []) + items:
        out.add_obligation(requirement(ctx, item))
