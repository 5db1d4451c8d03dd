"""Regulations (laws, codes, orders, circulars, rules): every provision that obliges, forbids or permits.

Stages: blocks → provisions (the article / clause / point structure) →
obligations (the provisions whose main clause carries a deontic marker, see
`extractor.nlp.deontic`, outside articles of definitions, scope and entry
into force).

Articles come from heading blocks whose number names one (`Статья 12.`,
`5-бап.`, `Điều 5.`); clauses (`1.`: пункт, тармақ, khoản) and points (`а)`,
`1)`: подпункт, тармақша, điểm) from list items and their nesting level. A
paragraph or a bullet continues the open item, or stands alone in an article
without numbered clauses (its number is then None: it has none of its own).

A clause that ends with ":" and has points is a lead-in. It is not emitted
itself; each point's text starts with it, so that every obligation reads on
its own and inherits the lead-in's actor and modality (`Cán bộ … có trách
nhiệm: a) Thực hiện …` → actor `Cán bộ …`, modality `must`, number `6.1.a`).
Figures stay in the text (`5 ± 3 oC`, `30 ngày`): the contract has no field for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import contract as c
from extractor.extractors.common import Collector, Context, frequency, substances_in
from extractor.model import Block, BlockKind, Document
from extractor.nlp import deontic
from extractor.nlp.deadlines import find_deadline

SPECIAL_KINDS = ("reporting", "monitoring", "inspection", "waste")
"""Obligation kinds read from the action's words, in order of precedence; else `requirement`."""
ACTION_WORDS = 8
"""How many words after the marker say what the action is (`phải báo cáo …`); later words are its details."""


@dataclass(frozen=True)
class Provision:
    """One article paragraph, clause or point, with the lead-ins above it."""

    article: str | None
    labels: tuple[str, ...]
    """Clause, point, … labels below the article (`("2", "a")`)."""
    text: str
    leads: tuple[str, ...]
    """Texts of the enclosing items, outermost first."""
    block: int
    excluded: bool
    """In an article of definitions, scope or entry into force."""
    has_children: bool
    tail: str | None = None
    """The text of the last item of its list: Kazakh closes an enumeration with its verb
    (`операторлары: 1) …өлшеуге; 2) … беруге міндетті.`), which every item shares."""

    @property
    def number(self) -> str | None:
        if not self.labels:
            return None
        return ".".join(([self.article] if self.article else []) + list(self.labels))

    @property
    def is_lead_in(self) -> bool:
        return self.has_children and self.text.rstrip().endswith(":")


@dataclass
class _Open:
    """A provision while its blocks are being read."""

    level: int
    article: str | None
    labels: tuple[str, ...]
    parts: list[str]
    leads: tuple[str, ...]
    block: int
    excluded: bool
    children: int = 0
    parent: _Open | None = None

    def freeze(self, tail: str | None) -> Provision:
        return Provision(
            self.article,
            self.labels,
            _joined(self),
            self.leads,
            self.block,
            self.excluded,
            self.children > 0,
            tail,
        )


def extract(ctx: Context, out: Collector) -> None:
    for provision in blocks_to_provisions(ctx.doc):
        obligation = provision_to_obligation(provision, ctx)
        if obligation is not None:
            out.add_obligation(obligation)


# ------------------------------------------------------------------ structure


def blocks_to_provisions(doc: Document) -> list[Provision]:
    """The document's provisions in order, each with its article, labels and lead-ins."""
    found: list[_Open] = []
    stack: list[_Open] = []
    article: str | None = None
    excluded = False
    for i, block in enumerate(doc.blocks):
        if block.kind == BlockKind.TABLE:
            continue
        if block.kind == BlockKind.HEADING:
            article = article_number(block)
            excluded = article is not None and is_excluded_title(heading_title(block))
            stack = []
            continue
        text = block.text.strip()
        if not text:
            continue
        if block.kind == BlockKind.LIST_ITEM and block.label:
            level = block.level or 0
            while stack and stack[-1].level >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            node = _Open(
                level=level,
                article=article,
                labels=_child_labels(parent.labels if parent else (), block.label),
                parts=[text],
                leads=(parent.leads + (_joined(parent),)) if parent else (),
                block=i,
                excluded=excluded,
                parent=parent,
            )
            if parent is not None:
                parent.children += 1
            found.append(node)
            stack.append(node)
        elif stack:
            stack[-1].parts.append(text)
        else:
            node = _Open(-1, article, (), [text], (), i, excluded)
            found.append(node)
            if text.endswith(":"):
                stack.append(node)  # an article's lead-in for the items below it
    last_child = {id(node.parent): node for node in found if node.parent is not None}
    return [node.freeze(_tail(node, last_child)) for node in found]


def _tail(node: _Open, last_child: dict[int, _Open]) -> str | None:
    last = last_child.get(id(node.parent)) if node.parent is not None else None
    return _joined(last) if last is not None and last is not node else None


def _joined(node: _Open) -> str:
    return " ".join(" ".join(p.split()) for p in node.parts if p.strip())


def _child_labels(parent: tuple[str, ...], label: str) -> tuple[str, ...]:
    """`5.1` under `5` replaces it rather than giving `5.5.1`."""
    if parent and label.startswith(parent[-1] + "."):
        return parent[:-1] + (label,)
    return parent + (label,)


def article_number(block: Block) -> str | None:
    """`Điều 5.` → `5`, `Статья 12-1.` → `12-1`, `5-бап.` → `5`; None for other headings."""
    number = block.number or ""
    words = deontic.words("ARTICLE_WORDS")
    if not words or not re.search(r"(?<![^\W_])(?:" + "|".join(words) + r")", number, re.IGNORECASE):
        return None
    m = re.search(r"\d+(?:[.\-‐]\d+)*[a-zđ]?", number)
    return m.group().rstrip(".-‐") if m else None


def heading_title(block: Block) -> str:
    """The heading's text after its number (`Điều 4. Giải thích từ ngữ` → `Giải thích từ ngữ`)."""
    text = " ".join(block.text.split())
    number = " ".join((block.number or "").split())
    if number and text.startswith(number):
        text = text[len(number) :]
    return text.strip(" .:-–—")


def is_excluded_title(title: str) -> bool:
    """Definitions, scope, subjects, entry into force: articles that oblige no one."""
    return _matches(deontic.words("EXCLUDED_ARTICLE_TITLES"), title)


def is_definition_lead_in(text: str) -> bool:
    return _matches(deontic.words("DEFINITION_LEADINS"), text)


def _matches(patterns: tuple[str, ...], text: str) -> bool:
    lowered = " ".join(text.lower().split())
    return any(re.search(p, lowered, re.IGNORECASE) for p in patterns)


# ------------------------------------------------------------------ obligations


def provision_to_obligation(p: Provision, ctx: Context) -> c.Obligation | None:
    """The obligation a provision states, or None when it obliges, forbids and permits nothing."""
    if p.excluded or p.is_lead_in or any(is_definition_lead_in(lead) for lead in p.leads):
        return None
    own_leads = [lead for lead in p.leads if lead.rstrip().endswith(":")]
    text = " ".join([*own_leads, p.text])
    found_frequency = frequency(text)
    deadline = find_deadline(text)
    langs = provision_languages(p, ctx.doc)
    lang, modality = next(((la, m) for la in langs if (m := provision_modality(p, la))), (None, None))
    if modality is None and (deadline or (found_frequency and found_frequency.word)):
        lang, modality = (langs[0] if langs else None), "must"  # a due time prescribes
    if modality is None:
        return None
    return c.Obligation(
        id="",
        kind=kind_of(modality, text, lang),
        text=text,
        modality=modality,
        number=p.number,
        article=p.article,
        actor=provision_actor(p, lang),
        frequency=found_frequency.word if found_frequency else None,
        rrule=found_frequency.rrule if found_frequency else None,
        deadline=deadline.raw if deadline else None,
        substances=_substances(text),
        legal_refs=ctx.legal_refs(text),
        provenance=ctx.block_provenance(p.block),
        language=ctx.doc.blocks[p.block].language or ctx.doc.language,
    )


def _chain(p: Provision, lang: str | None) -> list[str]:
    """Where a provision's modality and actor are looked for: itself, its lead-ins nearest first,
    and in a verb-final language the last item of its list, whose verb closes the enumeration."""
    tail = [p.tail] if p.tail and deontic.verb_final(lang) else []
    return [p.text, *reversed(p.leads), *tail]


def provision_modality(p: Provision, lang: str | None) -> str | None:
    """The first modality along the chain. (A provision with a deadline or a frequency but no
    marker, `Сведения представляются ежеквартально, до 10 числа …`, prescribes too: the caller
    makes it `must`.)"""
    return _first(deontic.modality(t, lang) for t in _chain(p, lang))


def provision_actor(p: Provision, lang: str | None) -> str | None:
    """The subject before a marker along the chain, else the subject a lead-in opens with."""
    found = _first(deontic.actor(t, lang) for t in _chain(p, lang))
    leads = [lead for lead in reversed(p.leads) if lead.rstrip().endswith(":")]
    return found or _first(deontic.subject(lead, lang) for lead in leads)


def provision_languages(p: Provision, doc: Document) -> list[str]:
    """The block's language, then the document's, as far as the deontic data know them
    (a short Kazakh line may be detected as Russian, a Russian quote may sit in a Kazakh text)."""
    found = [doc.blocks[p.block].language, doc.language]
    return [la for la in dict.fromkeys(found) if la and deontic.data(la) is not None]


def kind_of(modality: str, text: str, lang: str | None) -> str:
    """`prohibition` for must-not; else what the action (after the marker) is about, or `requirement`."""
    if modality == "must_not":
        return "prohibition"
    action = deontic.action(text, lang, ACTION_WORDS)
    kinds = deontic.table("KIND_WORDS", lang) if lang else {}
    for kind in SPECIAL_KINDS:
        if _matches(tuple(kinds.get(kind, ())), action):
            return kind
    return "requirement"


def _substances(text: str) -> tuple[c.Substance, ...]:
    """Chemical substances named in the text, each once (physical parameters need a medium, so none here)."""
    seen: dict[tuple, c.Substance] = {}
    for substance, _ in substances_in(text):
        seen.setdefault((substance.code, substance.symbol, substance.name), substance)
    return tuple(seen.values())


def _first(values) -> str | None:
    return next((v for v in values if v), None)
